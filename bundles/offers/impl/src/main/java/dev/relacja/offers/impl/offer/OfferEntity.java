package dev.relacja.offers.impl.offer;

import dev.relacja.core.api.money.PriceBasis;
import dev.relacja.core.api.money.VatRate;
import dev.relacja.core.api.money.VatSummary;
import dev.relacja.offers.api.ConversionKind;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferAcceptance;
import dev.relacja.offers.api.OfferConversion;
import dev.relacja.offers.api.OfferLine;
import dev.relacja.offers.api.OfferPromotion;
import dev.relacja.offers.api.OfferStatus;
import dev.relacja.offers.api.OfferTexts;
import dev.relacja.offers.api.PromotionKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * An offer as stored in {@code offers_offer}, owning its lines and promotions, with its number, current revision
 * and the customer's answer. The status moves only through the methods below; the store checks what may happen.
 */
@Entity
@Table(name = "offers_offer")
public class OfferEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String status;
    private String number;
    @Column(nullable = false)
    private int revision;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "accepted_revision")
    private Integer acceptedRevision;
    @Column(name = "accepted_label")
    private String acceptedLabel;
    @Column(name = "accepted_by_id")
    private Long acceptedById;
    @Column(name = "accepted_by")
    private String acceptedBy;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "accepted_message_id")
    private Long acceptedMessageId;
    @Column(name = "accepted_sha256")
    private String acceptedSha256;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Column(name = "print_template")
    private String printTemplate;
    @Column(name = "converted_invoice_id")
    private Long convertedInvoiceId;
    @Column(name = "converted_kind")
    private String convertedKind;
    @Column(name = "converted_label")
    private String convertedLabel;
    @Column(name = "converted_by")
    private String convertedBy;
    @Column(name = "converted_at")
    private Instant convertedAt;
    @Column(name = "counterparty_id", nullable = false)
    private long counterpartyId;
    @Column(name = "contact_person_id")
    private Long contactPersonId;
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;
    @Column(nullable = false)
    private String currency;
    @Column(name = "price_basis", nullable = false)
    private String priceBasis;
    @Column(name = "payment_terms")
    private String paymentTerms;
    @Column(name = "delivery_terms")
    private String deliveryTerms;
    private String introduction;
    /** "references" is an SQL keyword. */
    @Column(name = "offer_references")
    private String references;
    @Column(name = "company_information")
    private String companyInformation;
    @Column(name = "product_information")
    private String productInformation;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal net;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal vat;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal gross;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "offer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OfferLineEntity> lines = new ArrayList<>();
    @OneToMany(mappedBy = "offer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OfferPromotionEntity> promotions = new ArrayList<>();

    protected OfferEntity() {
    }

    OfferEntity(OfferFields fields, Instant now) {
        this.status = OfferStatus.DRAFT.name();
        this.createdAt = now;
        apply(fields, now);
    }

    /** Replaces a draft's or sent offer's fields, lines and promotions. */
    void apply(OfferFields fields, Instant now) {
        counterpartyId = fields.counterpartyId();
        contactPersonId = fields.contactPersonId();
        ownerId = fields.ownerId();
        issueDate = fields.issueDate();
        validUntil = fields.validUntil();
        currency = fields.currency();
        priceBasis = fields.basis().name();
        printTemplate = fields.printTemplate();
        OfferTexts texts = fields.texts();
        paymentTerms = texts.paymentTerms();
        deliveryTerms = texts.deliveryTerms();
        introduction = texts.introduction();
        references = texts.references();
        companyInformation = texts.companyInformation();
        productInformation = texts.productInformation();
        replace(lines, fields.lines(), OfferLineEntity::replace, line -> new OfferLineEntity(this, line));
        replace(promotions, fields.promotions(), OfferPromotionEntity::replace,
                promotion -> new OfferPromotionEntity(this, promotion));
        net = fields.summary().net();
        vat = fields.summary().vat();
        gross = fields.summary().gross();
        updatedAt = now;
    }

    /**
     * Children are keyed by position (1, 2, …): a position kept is updated in place, not deleted and inserted again
     * (EclipseLink inserts before it deletes); orphan removal deletes the positions dropped.
     */
    private static <E, V> void replace(List<E> stored, List<V> replacements, BiConsumer<E, V> update,
            Function<V, E> create) {
        for (int i = 0; i < replacements.size(); i++) {
            if (i < stored.size()) {
                update.accept(stored.get(i), replacements.get(i));
            } else {
                stored.add(create.apply(replacements.get(i)));
            }
        }
        stored.subList(replacements.size(), stored.size()).clear();
    }

    /** A draft sent for the first time: it takes {@code assigned} and becomes revision 1. */
    void numberAndSend(String assigned, Instant now) {
        number = assigned;
        revision = 1;
        markSent(now);
    }

    /** Sent (again): the current revision went out at {@code now}. */
    void markSent(Instant now) {
        status = OfferStatus.SENT.name();
        sentAt = now;
        updatedAt = now;
    }

    /** A sent offer changed: its fields replaced, it moves on to its next revision. */
    void revise(OfferFields fields, Instant now) {
        apply(fields, now);
        revision++;
    }

    void accept(OfferAcceptance acceptance) {
        status = OfferStatus.ACCEPTED.name();
        acceptedRevision = acceptance.revision();
        acceptedLabel = acceptance.label();
        acceptedById = acceptance.operatorId();
        acceptedBy = acceptance.operator();
        acceptedAt = acceptance.acceptedAt();
        acceptedMessageId = acceptance.replyMessageId();
        acceptedSha256 = acceptance.sha256();
        updatedAt = acceptance.acceptedAt();
    }

    void reject(String reason, Instant now) {
        status = OfferStatus.REJECTED.name();
        rejectionReason = reason;
        updatedAt = now;
    }

    void convert(OfferConversion conversion) {
        status = OfferStatus.CONVERTED.name();
        convertedInvoiceId = conversion.invoiceId();
        convertedKind = conversion.kind().name();
        convertedLabel = conversion.label();
        convertedBy = conversion.operator();
        convertedAt = conversion.convertedAt();
        updatedAt = conversion.convertedAt();
    }

    void expire(Instant now) {
        status = OfferStatus.EXPIRED.name();
        updatedAt = now;
    }

    long id() {
        return id;
    }

    String number() {
        return number;
    }

    int revision() {
        return revision;
    }

    long counterpartyId() {
        return counterpartyId;
    }

    LocalDate issueDate() {
        return issueDate;
    }

    LocalDate validUntil() {
        return validUntil;
    }

    String label() {
        return Offer.label(id, number, revision);
    }

    long version() {
        return version;
    }

    OfferStatus status() {
        return OfferStatus.valueOf(status);
    }

    Offer toOffer() {
        PriceBasis basis = PriceBasis.valueOf(priceBasis);
        List<OfferLine> lineList = lines.stream().map(OfferLineEntity::toLine).toList();
        List<OfferPromotion> promotionList = promotions.stream().map(OfferPromotionEntity::toPromotion).toList();
        List<OfferAmounts.DiscountLine> discounts = promotionList.stream()
                .filter(p -> p.kind() == PromotionKind.DISCOUNT_LINE)
                .map(p -> new OfferAmounts.DiscountLine(p.amount(), VatRate.fromCode(p.vatRate()))).toList();
        VatSummary totals = OfferAmounts.summary(basis, Currency.getInstance(currency), lineList, discounts);
        return new Offer(id, status(), number, revision, counterpartyId, contactPersonId, ownerId, issueDate,
                validUntil, currency, priceBasis, lineList, promotionList, new OfferTexts(paymentTerms, deliveryTerms,
                        introduction, references, companyInformation, productInformation), printTemplate,
                OfferAmounts.rows(totals), net.setScale(2), vat.setScale(2), gross.setScale(2), sentAt, acceptance(),
                rejectionReason, conversion(), createdAt, updatedAt, version);
    }

    private OfferConversion conversion() {
        return convertedInvoiceId == null ? null : new OfferConversion(convertedInvoiceId,
                ConversionKind.valueOf(convertedKind), convertedLabel, convertedBy, convertedAt);
    }

    private OfferAcceptance acceptance() {
        return acceptedRevision == null ? null : new OfferAcceptance(acceptedRevision, acceptedLabel, acceptedById,
                acceptedBy, acceptedAt, acceptedMessageId, acceptedSha256);
    }
}
