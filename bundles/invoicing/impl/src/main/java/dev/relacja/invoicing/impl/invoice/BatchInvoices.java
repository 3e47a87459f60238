package dev.relacja.invoicing.impl.invoice;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.core.api.company.CompanyProfile;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.money.VatSummary;
import dev.relacja.core.api.numbering.NumberingService;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceDraft;
import dev.relacja.invoicing.api.InvoiceParty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import javax.persistence.EntityManager;

/**
 * Makes invoices inside the caller's transaction, for producers of many at once (cyclic runs): the invoice
 * service's validation and issuing rules, with the seller read once and no transaction or lookup per invoice.
 * {@link #prepare} checks a draft without touching the database, so a bad one never breaks a batch;
 * {@link #stage} stores it and, when issuing, takes its number in the caller's transaction.
 */
public final class BatchInvoices {
    private final InvoiceSeries series;
    private final NumberingService numbers;
    private final InvoiceParty seller;
    private final String companyAccount;
    private final LongFunction<Optional<CatalogueItem>> items;

    /** A checked draft, ready to store, with its totals. */
    public static final class Prepared {
        private final InvoiceFields fields;
        private final Counterparty buyer;
        private final boolean issue;
        private final VatSummary totals;

        private Prepared(InvoiceFields fields, Counterparty buyer, boolean issue) {
            this.fields = fields;
            this.buyer = buyer;
            this.issue = issue;
            this.totals = InvoiceAmounts.summary(fields.basis(), fields.lines());
        }

        public VatSummary totals() {
            return totals;
        }
    }

    public BatchInvoices(InvoiceSeries series, NumberingService numbers, CompanyProfile company,
            LongFunction<Optional<CatalogueItem>> items) {
        this.series = series;
        this.numbers = numbers;
        this.seller = InvoiceServiceImpl.seller(company);
        List<String> accounts = company.bankAccounts();
        this.companyAccount = accounts == null || accounts.isEmpty() ? null : accounts.get(0);
        this.items = items;
    }

    /**
     * Checks {@code draft} for {@code buyer} as the invoice service would create it and, when {@code issue},
     * as it would issue it.
     *
     * @throws ValidationException naming every broken rule
     */
    public Prepared prepare(InvoiceDraft draft, Counterparty buyer, boolean issue, LocalDate today) {
        InvoiceFields fields = InvoiceDraftResolver.resolve(draft, new InvoiceDraftResolver.Lookups(
                id -> id == buyer.id() ? Optional.of(buyer) : Optional.empty(), items, companyAccount, today, series));
        if (issue) {
            if (fields.lines().isEmpty()) {
                throw new ValidationException("lines", "an invoice is issued with at least one line");
            }
            Optional<String> nip = BuyerRules.nipProblem(fields.kind(), fields.series(), buyer, series);
            if (nip.isPresent()) {
                throw new ValidationException(List.of(new FieldError("buyer.nip", nip.get())));
            }
        }
        return new Prepared(fields, buyer, issue);
    }

    /**
     * Stores a prepared invoice in the caller's transaction, numbered and frozen when it is to be issued. Nothing
     * is flushed: the caller flushes once for many invoices, which then go in JDBC batches with their lines.
     */
    public Staged stage(EntityManager em, Prepared prepared, Instant now) {
        InvoiceEntity entity = new InvoiceEntity(prepared.fields, prepared.totals, null, now);
        if (prepared.issue) {
            String number = numbers.allocate(prepared.fields.series(), prepared.fields.issueDate());
            entity.issue(number, seller, InvoiceServiceImpl.buyer(prepared.buyer), now);
        }
        em.persist(entity);
        return new Staged(entity);
    }

    /** An invoice stored in a transaction, perhaps not yet flushed. */
    public static final class Staged {
        private final InvoiceEntity entity;

        private Staged(InvoiceEntity entity) {
            this.entity = entity;
        }

        /** Taken at {@link #stage}. */
        public long id() {
            return entity.id();
        }

        /** Taken at {@link #stage}; null for a draft. */
        public String number() {
            return entity.number();
        }

        /** The invoice as stored; call it after the flush, which gives it its version. */
        public Invoice invoice() {
            return entity.toInvoice();
        }
    }
}
