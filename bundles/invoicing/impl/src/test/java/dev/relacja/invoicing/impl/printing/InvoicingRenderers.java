package dev.relacja.invoicing.impl.printing;

import dev.relacja.documents.impl.DocumentRendererImpl;
import dev.relacja.documents.impl.DocumentRenderers;
import dev.relacja.invoicing.api.InvoicePrintouts;

/** The real document renderer with this module's templates registered as DS registers them, for other packages' tests. */
public final class InvoicingRenderers {

    private InvoicingRenderers() {
    }

    /** A renderer as DS builds it with the default configuration; shut it down with {@link DocumentRenderers#shutdown}. */
    public static DocumentRendererImpl create() {
        DocumentRendererImpl renderer = DocumentRenderers.create();
        DocumentRenderers.register(renderer, new InvoicingTemplates(), -1, InvoicingTemplates.COMMON,
                InvoicePrintouts.INVOICE_TEMPLATE, InvoicePrintouts.PAYMENT_REMINDER_TEMPLATE,
                InvoicePrintouts.BALANCE_CONFIRMATION_TEMPLATE);
        return renderer;
    }
}
