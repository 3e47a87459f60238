package dev.relacja.invoicing.impl.invoice;

import dev.relacja.core.api.money.PriceBasis;
import dev.relacja.core.api.money.VatSummary;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.InvoiceLine;
import dev.relacja.invoicing.api.InvoiceParty;
import dev.relacja.invoicing.api.InvoiceStatus;
import dev.relacja.invoicing.api.PaymentMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Transient;
import javax.persistence.Version;

/** An invoice as stored in {@code invoicing_invoice}, owning its lines and payments. */
@Entity
@Table(name = "invoicing_invoice")
public class InvoiceEntity {
    /**
     * Ids come in blocks of a run's chunk (200), taken at persist in the order of persisting, so a chunk's invoices
     * go in one insert batch (see V6__batched_invoice_inserts.sql) and ids follow numbers.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "invoice-ids")
    @TableGenerator(name = "invoice-ids", table = "invoicing_id_block", pkColumnName = "entity",
            valueColumnName = "last_id", pkColumnValue = "invoice", allocationSize = 200)
    private Long id;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String status;
    private String number;
    @Column(nullable = false)
    private String series;
    @Column(name = "counterparty_id", nullable = false)
    private long counterpartyId;
    @Column(name = "seller_name")
    private String sellerName;
    @Column(name = "seller_nip")
    private String sellerNip;
    @Column(name = "seller_address")
    private String sellerAddress;
    @Column(name = "buyer_name")
    private String buyerName;
    @Column(name = "buyer_nip")
    private String buyerNip;
    @Column(name = "buyer_address")
    private String buyerAddress;
    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;
    @Column(name = "sale_date")
    private LocalDate saleDate;
    @Column(name = "period_from")
    private LocalDate periodFrom;
    @Column(name = "period_to")
    private LocalDate periodTo;
    @Column(name = "payment_method", nullable = false)
    private String paymentMethod;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Column(name = "bank_account")
    private String bankAccount;
    /** 1 or 0, like the catalogue's active flag: Derby and EclipseLink's inlined booleans disagree. */
    @Column(name = "split_payment", nullable = false)
    private short splitPayment;
    private String notes;
    @Column(nullable = false)
    private String currency;
    @Column(name = "price_basis", nullable = false)
    private String priceBasis;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal net;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal vat;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal gross;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal paid;
    @Column(name = "converted_from_id")
    private Long convertedFromId;
    @Column(name = "converted_to_id")
    private Long convertedToId;
    @Column(name = "search_text", nullable = false)
    private String searchText;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<InvoiceLineEntity> lines = new ArrayList<>();
    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<InvoicePaymentEntity> payments = new ArrayList<>();
    /** The lines' VAT summary as {@link #apply} made it, so the invoice's view does not add them up again. */
    @Transient
    private VatSummary totals;

    protected InvoiceEntity() {
    }

    InvoiceEntity(InvoiceFields fields, Long convertedFromId, Instant now) {
        this(fields, InvoiceAmounts.summary(fields.basis(), fields.lines()), convertedFromId, now);
    }

    /** A new draft whose lines' VAT summary the caller made already (a run's invoices are checked first). */
    InvoiceEntity(InvoiceFields fields, VatSummary totals, Long convertedFromId, Instant now) {
        this.status = InvoiceStatus.DRAFT.name();
        this.paid = BigDecimal.ZERO.setScale(2);
        this.convertedFromId = convertedFromId;
        this.createdAt = now;
        apply(fields, totals, now);
    }

    /** Replaces a draft's fields and lines. */
    void apply(InvoiceFields fields, Instant now) {
        apply(fields, InvoiceAmounts.summary(fields.basis(), fields.lines()), now);
    }

    private void apply(InvoiceFields fields, VatSummary summary, Instant now) {
        kind = fields.kind().name();
        series = fields.series();
        counterpartyId = fields.counterpartyId();
        issueDate = fields.issueDate();
        saleDate = fields.saleDate();
        periodFrom = fields.periodFrom();
        periodTo = fields.periodTo();
        paymentMethod = fields.paymentMethod().name();
        dueDate = fields.dueDate();
        bankAccount = fields.bankAccount();
        splitPayment = (short) (fields.splitPayment() ? 1 : 0);
        notes = fields.notes();
        currency = fields.currency();
        priceBasis = fields.basis().name();
        replaceLines(fields.lines());
        totals = summary;
        net = totals.net();
        vat = totals.vat();
        gross = totals.gross();
        searchText = search(null, fields.counterpartyName());
        updatedAt = now;
    }

    /**
     * Lines are keyed by position (1, 2, …): a position kept is updated in place, not deleted and inserted again
     * (EclipseLink inserts before it deletes); orphan removal deletes the positions dropped.
     */
    private void replaceLines(List<InvoiceLine> replacements) {
        for (int i = 0; i < replacements.size(); i++) {
            if (i < lines.size()) {
                lines.get(i).replace(replacements.get(i));
            } else {
                lines.add(new InvoiceLineEntity(this, replacements.get(i)));
            }
        }
        lines.subList(replacements.size(), lines.size()).clear();
    }

    /** Takes the number and the parties' data; from now on the document never changes. */
    void issue(String newNumber, InvoiceParty seller, InvoiceParty buyer, Instant now) {
        number = newNumber;
        sellerName = seller.name();
        sellerNip = seller.nip();
        sellerAddress = String.join("\n", seller.addressLines());
        buyerName = buyer.name();
        buyerNip = buyer.nip();
        buyerAddress = String.join("\n", buyer.addressLines());
        searchText = search(newNumber, buyer.name());
        status = InvoiceStatus.ISSUED.name();
        updatedAt = now;
    }

    void setStatus(InvoiceStatus newStatus, Instant now) {
        status = newStatus.name();
        updatedAt = now;
    }

    void addPayment(InvoicePaymentEntity payment, BigDecimal amount, Instant now) {
        payments.add(payment);
        paid = paid.add(amount);
        if (paid.compareTo(gross) == 0) {
            status = InvoiceStatus.PAID.name();
        }
        updatedAt = now;
    }

    void convertedTo(long salesId, Instant now) {
        convertedToId = salesId;
        updatedAt = now;
    }

    private static String search(String number, String name) {
        String text = ((number == null ? "" : number + " ") + (name == null ? "" : name)).toLowerCase(Locale.ROOT);
        return text.length() > 320 ? text.substring(0, 320) : text;
    }

    String number() {
        return number;
    }

    long id() {
        return id;
    }

    long version() {
        return version;
    }

    InvoiceStatus status() {
        return InvoiceStatus.valueOf(status);
    }

    InvoiceKind kind() {
        return InvoiceKind.valueOf(kind);
    }

    LocalDate issueDate() {
        return issueDate;
    }

    BigDecimal gross() {
        return gross;
    }

    BigDecimal paid() {
        return paid;
    }

    Long convertedToId() {
        return convertedToId;
    }

    Invoice toInvoice() {
        PriceBasis basis = PriceBasis.valueOf(priceBasis);
        List<InvoiceLine> lineList = lines.stream().map(InvoiceLineEntity::toLine).toList();
        if (totals == null) {
            totals = InvoiceAmounts.summary(basis, lineList);
        }
        return new Invoice(id, kind(), status(), number, series, counterpartyId,
                party(sellerName, sellerNip, sellerAddress), party(buyerName, buyerNip, buyerAddress),
                issueDate, saleDate, periodFrom, periodTo, PaymentMethod.valueOf(paymentMethod), dueDate, bankAccount,
                splitPayment == 1, notes, currency, priceBasis, lineList, InvoiceAmounts.rows(totals),
                net.setScale(2), vat.setScale(2), gross.setScale(2), paid.setScale(2),
                payments.stream().map(InvoicePaymentEntity::toPayment).toList(), convertedFromId, convertedToId,
                createdAt, updatedAt, version);
    }

    private static InvoiceParty party(String name, String nip, String address) {
        if (name == null) {
            return null;
        }
        return new InvoiceParty(name, nip, address == null || address.isEmpty() ? List.of()
                : Arrays.asList(address.split("\n")));
    }
}
