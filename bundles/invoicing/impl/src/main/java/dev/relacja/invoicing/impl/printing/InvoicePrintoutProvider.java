package dev.relacja.invoicing.impl.printing;

import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.documents.api.Printout;
import dev.relacja.documents.api.PrintoutProvider;
import dev.relacja.invoicing.api.InvoiceService;
import dev.relacja.invoicing.api.InvoiceStatus;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** An issued invoice's PDF for sending to its buyer; a draft is refused, having no number yet. */
@Component(property = {PrintoutProvider.RECORD_TYPE + "=invoice", "service.ranking:Integer=-1"})
public class InvoicePrintoutProvider implements PrintoutProvider {

    private final InvoiceService invoices;
    private final InvoicePrintoutsImpl printouts;
    private final CallerContext callers;

    @Activate
    public InvoicePrintoutProvider(@Reference InvoiceService invoices, @Reference InvoicePrintoutsImpl printouts,
            @Reference CallerContext callers) {
        this.invoices = invoices;
        this.printouts = printouts;
        this.callers = callers;
    }

    @Override
    public Optional<Printout> printout(long invoiceId) {
        callers.require(Role.VIEWER);
        return invoices.find(invoiceId).map(invoice -> {
            if (invoice.status() == InvoiceStatus.DRAFT) {
                throw new ConflictException("recordId", "Invoice " + invoiceId + " is a draft; issue it before sending it");
            }
            return new Printout(invoice.number().replace('/', '_') + ".pdf", printouts.pdf(invoice),
                    invoice.counterpartyId(), "invoice", invoiceId);
        });
    }
}
