package dev.relacja.offers.impl.printing;

import dev.relacja.documents.api.ResourceTemplateProvider;
import dev.relacja.documents.api.TemplateProvider;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;

/**
 * The offers module's built-in templates and the macros they share ({@value #COMMON}, which partners' templates
 * may import too); ranked -1 so that a partner's template of the same name wins.
 */
@Component(service = TemplateProvider.class, property = {
    TemplateProvider.TEMPLATE_NAMES + "=" + OffersTemplates.COMMON,
    TemplateProvider.TEMPLATE_NAMES + "=" + OffersTemplates.FORMAL,
    TemplateProvider.TEMPLATE_NAMES + "=" + OffersTemplates.COMPACT,
    Constants.SERVICE_RANKING + ":Integer=-1"
})
public class OffersTemplates extends ResourceTemplateProvider {
    static final String COMMON = "offers/common.fo.ftl";
    static final String FORMAL = "offers/formal.fo.ftl";
    static final String COMPACT = "offers/compact.fo.ftl";

    public OffersTemplates() {
        super("templates/");
    }

    /** The template's resource name of a layout named by {@code OfferPrintouts}: "formal" → offers/formal.fo.ftl. */
    public static String named(String template) {
        return "offers/" + template + ".fo.ftl";
    }
}
