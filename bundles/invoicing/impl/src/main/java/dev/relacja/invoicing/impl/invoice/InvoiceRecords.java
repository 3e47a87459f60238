package dev.relacja.invoicing.impl.invoice;

import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.records.RecordResolver;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.InvoiceService;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Vouches for invoices, drafts and cancelled ones included, so records can be linked and files attached to them. */
@Component(property = RecordResolver.TYPES + "=" + InvoiceRecords.INVOICE, service = RecordResolver.class)
public class InvoiceRecords implements RecordResolver {
    public static final String INVOICE = "invoice";

    private final InvoiceService invoices;

    @Activate
    public InvoiceRecords(@Reference InvoiceService invoices) {
        this.invoices = invoices;
    }

    @Override
    public Optional<String> title(RecordRef record) {
        return INVOICE.equals(record.type()) ? invoices.find(record.id()).map(InvoiceRecords::title) : Optional.empty();
    }

    static String title(Invoice invoice) {
        String kind = invoice.kind() == InvoiceKind.PRO_FORMA ? "Pro forma " : "Invoice ";
        String number = invoice.number() == null ? "draft #" + invoice.id() : invoice.number();
        return kind + number + " (" + invoice.status().name().toLowerCase(Locale.ROOT) + ")";
    }
}
