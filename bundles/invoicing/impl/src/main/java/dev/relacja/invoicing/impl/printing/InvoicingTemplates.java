package dev.relacja.invoicing.impl.printing;

import dev.relacja.documents.api.ResourceTemplateProvider;
import dev.relacja.documents.api.TemplateProvider;
import dev.relacja.invoicing.api.InvoicePrintouts;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;

/**
 * The invoicing module's built-in printouts and the macros they share ({@value #COMMON}, which partners' templates
 * may import too); ranked -1 so that a partner's template of the same name wins.
 */
@Component(service = TemplateProvider.class, property = {
    TemplateProvider.TEMPLATE_NAMES + "=" + InvoicingTemplates.COMMON,
    TemplateProvider.TEMPLATE_NAMES + "=" + InvoicePrintouts.INVOICE_TEMPLATE,
    TemplateProvider.TEMPLATE_NAMES + "=" + InvoicePrintouts.PAYMENT_REMINDER_TEMPLATE,
    TemplateProvider.TEMPLATE_NAMES + "=" + InvoicePrintouts.BALANCE_CONFIRMATION_TEMPLATE,
    Constants.SERVICE_RANKING + ":Integer=-1"
})
public class InvoicingTemplates extends ResourceTemplateProvider {
    static final String COMMON = "invoicing/common.fo.ftl";

    public InvoicingTemplates() {
        super("templates/");
    }
}
