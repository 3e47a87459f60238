package dev.relacja.invoicing.impl.invoice;

import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.records.RecordResolver;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.InvoiceStatus;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Vouches for invoices, drafts and cancelled ones included, so records can be linked and files attached to them. */
@Component(property = RecordResolver.TYPES + "=" + InvoiceRecords.INVOICE, service = RecordResolver.class)
public class InvoiceRecords implements RecordResolver {
    public static final String INVOICE = "invoice";

    private final InvoiceStore invoices;

    /** The core asks while it links or attaches, after checking the caller's role itself. */
    @Activate
    public InvoiceRecords(@Reference InvoiceStore invoices) {
        this.invoices = invoices;
    }

    @Override
    public Optional<String> title(RecordRef record) {
        return INVOICE.equals(record.type()) ? invoices.title(record.id()) : Optional.empty();
    }

    static String title(InvoiceKind kind, String number, InvoiceStatus status, long id) {
        return (kind == InvoiceKind.PRO_FORMA ? "Pro forma " : "Invoice ") + (number == null ? "draft #" + id : number)
                + " (" + status.name().toLowerCase(Locale.ROOT) + ")";
    }
}
