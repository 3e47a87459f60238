package dev.relacja.invoicing.impl.cyclic;

import dev.relacja.invoicing.api.BillingTiming;
import dev.relacja.invoicing.api.CatchUpPolicy;
import dev.relacja.invoicing.api.CyclicScheme;
import dev.relacja.invoicing.api.FrequencyUnit;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.PaymentMethod;
import dev.relacja.invoicing.api.SchemeItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import javax.persistence.Version;

/** A cyclic scheme as stored in {@code invoicing_scheme}, owning its lines. */
@Entity
@Table(name = "invoicing_scheme")
public class SchemeEntity {
    /** The stored issue day that stands for the last day of the month. */
    static final short LAST_DAY = 0;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String name;
    @Column(name = "name_key", nullable = false)
    private String nameKey;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String series;
    @Column(name = "every_n", nullable = false)
    private short every;
    @Column(name = "period_unit", nullable = false)
    private String unit;
    @Column(nullable = false)
    private String timing;
    @Column(name = "issue_day")
    private Short issueDay;
    @Column(name = "due_days")
    private Short dueDays;
    @Column(name = "active_from", nullable = false)
    private LocalDate activeFrom;
    @Column(name = "active_until")
    private LocalDate activeUntil;
    @Column(name = "payment_method", nullable = false)
    private String paymentMethod;
    /** 1 or 0, like the invoice's: Derby and EclipseLink's inlined booleans disagree. */
    @Column(name = "split_payment", nullable = false)
    private short splitPayment;
    private String notes;
    @Column(name = "catch_up", nullable = false)
    private String catchUp;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "scheme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<SchemeItemEntity> items = new ArrayList<>();

    protected SchemeEntity() {
    }

    SchemeEntity(SchemeFields fields, Instant now) {
        this.createdAt = now;
        apply(fields, now);
    }

    /** The key a name is unique by: names differing only in case are the same name. */
    static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Replaces the fields and lines. Lines are changed in place by position and the surplus removed, so no
     * row is deleted and inserted again under the same key in one flush.
     */
    /** Whether {@code fields} keep this scheme's periods: its start, frequency and unit. */
    boolean samePeriods(SchemeFields fields) {
        return every == fields.every() && unit.equals(fields.unit().name()) && activeFrom.equals(fields.activeFrom());
    }

    void apply(SchemeFields fields, Instant now) {
        name = fields.name();
        nameKey = nameKey(fields.name());
        kind = fields.kind().name();
        series = fields.series();
        every = (short) fields.every();
        unit = fields.unit().name();
        timing = fields.timing().name();
        issueDay = fields.issueDay();
        dueDays = fields.dueDays() == null ? null : fields.dueDays().shortValue();
        activeFrom = fields.activeFrom();
        activeUntil = fields.activeUntil();
        paymentMethod = fields.paymentMethod().name();
        splitPayment = (short) (fields.splitPayment() ? 1 : 0);
        notes = fields.notes();
        catchUp = fields.catchUp().name();
        List<SchemeItem> lines = fields.items();
        for (int i = 0; i < lines.size(); i++) {
            if (i < items.size()) {
                items.get(i).apply(lines.get(i));
            } else {
                items.add(new SchemeItemEntity(this, lines.get(i)));
            }
        }
        while (items.size() > lines.size()) {
            items.remove(items.size() - 1);
        }
        updatedAt = now;
    }

    long id() {
        return id;
    }

    long version() {
        return version;
    }

    String name() {
        return name;
    }

    /** What participants are checked against. */
    SchemeTerms terms() {
        return new SchemeTerms(id, name, InvoiceKind.valueOf(kind), series, items.size());
    }

    CyclicScheme toScheme(long participants) {
        return new CyclicScheme(id, name, InvoiceKind.valueOf(kind), series, every, FrequencyUnit.valueOf(unit),
                BillingTiming.valueOf(timing), issueDay(issueDay), dueDays == null ? null : dueDays.intValue(), activeFrom,
                activeUntil, PaymentMethod.valueOf(paymentMethod), splitPayment == 1, notes,
                CatchUpPolicy.valueOf(catchUp), items.stream().map(SchemeItemEntity::toItem).toList(), participants,
                createdAt, updatedAt, version);
    }

    /** The issue day as the API spells it: "1".."31", "last", or null for days and weeks. */
    static String issueDay(Short stored) {
        if (stored == null) {
            return null;
        }
        return stored == LAST_DAY ? "last" : stored.toString();
    }
}
