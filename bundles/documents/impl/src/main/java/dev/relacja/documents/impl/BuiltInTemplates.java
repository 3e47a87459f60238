package dev.relacja.documents.impl;

import dev.relacja.documents.api.ResourceTemplateProvider;
import dev.relacja.documents.api.TemplateProvider;
import org.osgi.service.component.annotations.Component;

/**
 * Relacja's generic templates (the page layout macros other templates import), from this bundle's
 * {@code templates/} folder, ranked -1 so that a partner overrides any of them by ranking alone.
 */
@Component(service = TemplateProvider.class, property = {
    TemplateProvider.TEMPLATE_NAMES + "=" + BuiltInTemplates.LAYOUT,
    "service.ranking:Integer=-1"
})
public class BuiltInTemplates extends ResourceTemplateProvider {

    static final String LAYOUT = "documents/layout.fo.ftl";

    public BuiltInTemplates() {
        super("templates/");
    }
}
