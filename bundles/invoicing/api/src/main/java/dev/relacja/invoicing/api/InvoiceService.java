package dev.relacja.invoicing.api;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Sales and pro forma invoices. Anyone signed in reads; operators (and managers, admins) change. Drafts
 * change freely (under their version); {@link #issue} takes the next number of the kind's series in the same
 * transaction that copies seller and buyer data and freezes the document, so a failure uses no number.
 * Every broken rule is reported at once and nothing is stored.
 */
@ProviderType
public interface InvoiceService {

    Invoice create(InvoiceDraft draft);

    /** Replaces a draft's fields if it is still at {@code expectedVersion}; an issued invoice is a conflict. */
    Invoice update(long id, long expectedVersion, InvoiceDraft draft);

    Optional<Invoice> find(long id);

    Optional<Invoice> findByNumber(String number);

    Page<Invoice> search(InvoiceQuery query, PageRequest page);

    /** Numbers and freezes a draft. */
    Invoice issue(long id);

    /** Records that an issued invoice went to the buyer. */
    Invoice markSent(long id);

    /** Registers a full or partial payment; the invoice is PAID once fully paid; more than is due is refused. */
    Invoice registerPayment(long id, BigDecimal amount, LocalDate paidOn, PaymentMethod method);

    /** Cancels a draft or an unpaid issued invoice; an issued one keeps its number. */
    Invoice cancel(long id);

    /** A new SALES draft with the pro forma's lines; a pro forma converts once. */
    Invoice convertProForma(long id);

    /** Issued or sent invoices, not fully paid, whose due date is before {@code asOf}; all counterparties when null. */
    List<Invoice> overdue(Long counterpartyId, LocalDate asOf);
}
