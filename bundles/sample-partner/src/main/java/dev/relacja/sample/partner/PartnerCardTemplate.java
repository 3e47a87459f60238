package dev.relacja.sample.partner;

import dev.relacja.documents.api.ResourceTemplateProvider;
import dev.relacja.documents.api.TemplateProvider;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;

/** The partner's own counterparty card; ranking 10 beats the built-in template's -1. */
@Component(service = TemplateProvider.class, property = {
    TemplateProvider.TEMPLATE_NAMES + "=contacts/counterparty-card.fo.ftl",
    Constants.SERVICE_RANKING + ":Integer=10"
})
public class PartnerCardTemplate extends ResourceTemplateProvider {

    public PartnerCardTemplate() {
        super("partner-templates/");
    }
}
