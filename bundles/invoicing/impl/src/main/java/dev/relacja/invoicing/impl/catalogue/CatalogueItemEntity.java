package dev.relacja.invoicing.impl.catalogue;

import dev.relacja.core.api.money.VatRate;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.ItemKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A catalogue item as stored in {@code invoicing_item}. */
@Entity
@Table(name = "invoicing_item")
public class CatalogueItemEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String code;
    @Column(name = "code_key", nullable = false)
    private String codeKey;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String unit;
    @Column(name = "net_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal netPrice;
    @Column(nullable = false)
    private String currency;
    @Column(name = "vat_rate", nullable = false)
    private String vatRate;
    private String gtu;
    private String pkwiu;
    /** 1 active, 0 archived: Derby refuses a BOOLEAN column compared with the 1 that EclipseLink inlines in some queries. */
    @Column(nullable = false)
    private short active;
    @Column(name = "search_text", nullable = false)
    private String searchText;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected CatalogueItemEntity() {
    }

    CatalogueItemEntity(CatalogueFields fields, Instant now) {
        this.active = 1;
        this.createdAt = now;
        apply(fields, now);
    }

    /** The key a code is unique by: codes differing only in case are the same code. */
    static String codeKey(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    void apply(CatalogueFields fields, Instant now) {
        code = fields.code();
        codeKey = codeKey(fields.code());
        name = fields.name();
        kind = fields.kind().name();
        unit = fields.unit();
        netPrice = fields.netPrice();
        currency = fields.currency();
        vatRate = fields.vatRate().code();
        gtu = fields.gtu();
        pkwiu = fields.pkwiu();
        searchText = (code + " " + name).toLowerCase(Locale.ROOT);
        updatedAt = now;
    }

    void setActive(boolean newActive, Instant now) {
        active = flag(newActive);
        updatedAt = now;
    }

    long id() {
        return id;
    }

    long version() {
        return version;
    }

    boolean active() {
        return active == 1;
    }

    /** The active column's value for {@code active}. */
    static short flag(boolean active) {
        return (short) (active ? 1 : 0);
    }

    CatalogueItem toItem() {
        return new CatalogueItem(id, code, name, ItemKind.valueOf(kind), unit, netPrice.setScale(2), currency,
                VatRate.fromCode(vatRate).code(), gtu, pkwiu, active(), createdAt, updatedAt, version);
    }
}
