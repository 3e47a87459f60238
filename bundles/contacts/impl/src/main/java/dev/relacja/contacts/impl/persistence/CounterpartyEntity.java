package dev.relacja.contacts.impl.persistence;

import dev.relacja.contacts.api.Addresses;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyKind;
import dev.relacja.contacts.api.CounterpartyStatus;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.persistence.AttributeOverride;
import javax.persistence.AttributeOverrides;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A counterparty as stored in {@code contacts_counterparty}. */
@Entity
@Table(name = "contacts_counterparty")
public class CounterpartyEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String kind;
    private String nip;
    private String regon;
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "reg_street")),
        @AttributeOverride(name = "postalCode", column = @Column(name = "reg_postal_code")),
        @AttributeOverride(name = "city", column = @Column(name = "reg_city")),
        @AttributeOverride(name = "country", column = @Column(name = "reg_country"))
    })
    private AddressColumns registered;
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "corr_street")),
        @AttributeOverride(name = "postalCode", column = @Column(name = "corr_postal_code")),
        @AttributeOverride(name = "city", column = @Column(name = "corr_city")),
        @AttributeOverride(name = "country", column = @Column(name = "corr_country"))
    })
    private AddressColumns correspondence;
    private String emails;
    private String phones;
    @Column(name = "billing_email")
    private String billingEmail;
    @Column(name = "bank_account")
    private String bankAccount;
    @Column(name = "payment_term_days")
    private Integer paymentTermDays;
    @Column(name = "email_consent", nullable = false)
    private boolean emailConsent;
    @Column(nullable = false)
    private String tags;
    @Column(name = "owner_id")
    private Long ownerId;
    @Column(nullable = false)
    private String status;
    private String notes;
    @Column(name = "search_text", nullable = false)
    private String searchText;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected CounterpartyEntity() {
    }

    public CounterpartyEntity(CounterpartyDraft draft, Instant now) {
        this.status = CounterpartyStatus.ACTIVE.name();
        this.createdAt = now;
        apply(draft, now);
    }

    /** Takes every field of a validated draft. */
    public void apply(CounterpartyDraft draft, Instant now) {
        this.code = draft.code();
        this.name = draft.name();
        this.kind = draft.kind().name();
        this.nip = draft.nip();
        this.regon = draft.regon();
        Addresses addresses = draft.addresses() == null ? Addresses.NONE : draft.addresses();
        this.registered = AddressColumns.of(addresses.registered());
        this.correspondence = AddressColumns.of(addresses.correspondence());
        this.emails = TextLists.lines(draft.emails());
        this.phones = TextLists.lines(draft.phones());
        this.billingEmail = draft.billingEmail();
        this.bankAccount = draft.bankAccount();
        this.paymentTermDays = draft.paymentTermDays();
        this.emailConsent = draft.emailConsent();
        this.tags = TextLists.tags(draft.tags());
        this.ownerId = draft.ownerId();
        this.notes = draft.notes();
        this.searchText = Stream.of(code, name, nip, emails, billingEmail)
                .filter(s -> s != null && !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\n"));
        this.updatedAt = now;
    }

    public void setStatus(CounterpartyStatus newStatus, Instant now) {
        this.status = newStatus.name();
        this.updatedAt = now;
    }

    public long version() {
        return version;
    }

    public Counterparty toCounterparty() {
        return new Counterparty(id, code, name, CounterpartyKind.valueOf(kind), nip, regon,
                new Addresses(registered == null ? null : registered.toAddress(),
                        correspondence == null ? null : correspondence.toAddress()),
                TextLists.fromLines(emails), TextLists.fromLines(phones), billingEmail, bankAccount,
                paymentTermDays, emailConsent, TextLists.fromTags(tags), ownerId,
                CounterpartyStatus.valueOf(status), notes, createdAt, updatedAt, version);
    }
}
