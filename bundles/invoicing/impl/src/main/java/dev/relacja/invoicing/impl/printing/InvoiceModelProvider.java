package dev.relacja.invoicing.impl.printing;

import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.documents.api.TemplateModelProvider;
import dev.relacja.invoicing.api.InvoiceService;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** An invoice's placeholders for e-mails about it: those of its printout. */
@Component(property = {TemplateModelProvider.RECORD_TYPE + "=invoice", "service.ranking:Integer=-1"})
public class InvoiceModelProvider implements TemplateModelProvider {

    private final InvoiceService invoices;
    private final InvoicePrintoutsImpl printouts;
    private final CallerContext callers;

    @Activate
    public InvoiceModelProvider(@Reference InvoiceService invoices, @Reference InvoicePrintoutsImpl printouts,
            @Reference CallerContext callers) {
        this.invoices = invoices;
        this.printouts = printouts;
        this.callers = callers;
    }

    @Override
    public Optional<Map<String, Object>> model(long invoiceId) {
        callers.require(Role.VIEWER);
        return invoices.find(invoiceId).map(printouts::model);
    }
}
