package dev.relacja.invoicing.impl.cyclic;

import dev.relacja.invoicing.api.SchemeItem;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/** One line of a scheme as stored in {@code invoicing_scheme_item}, keyed by its scheme and position. */
@Entity
@Table(name = "invoicing_scheme_item")
@IdClass(SchemeItemEntity.Key.class)
public class SchemeItemEntity {
    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "scheme_id", nullable = false)
    private SchemeEntity scheme;
    @Id
    @Column(name = "line_no", nullable = false)
    private short lineNo;
    @Column(name = "catalogue_item_id")
    private Long catalogueItemId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String unit;
    @Column(nullable = false, precision = 15, scale = 3)
    private BigDecimal quantity;
    @Column(name = "net_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal netPrice;
    @Column(name = "vat_rate", nullable = false)
    private String vatRate;

    protected SchemeItemEntity() {
    }

    SchemeItemEntity(SchemeEntity scheme, SchemeItem item) {
        this.scheme = scheme;
        this.lineNo = (short) item.position();
        apply(item);
    }

    /** Takes the line's fields; its position stays, since participants' overrides name it. */
    void apply(SchemeItem item) {
        catalogueItemId = item.catalogueItemId();
        name = item.name();
        unit = item.unit();
        quantity = item.quantity();
        netPrice = item.netPrice();
        vatRate = item.vatRate();
    }

    SchemeItem toItem() {
        return new SchemeItem(lineNo, catalogueItemId, name, unit, quantity.setScale(3), netPrice.setScale(2), vatRate);
    }

    /** The primary key: the scheme's id and the line's position. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long scheme;
        private short lineNo;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(scheme, key.scheme) && lineNo == key.lineNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(scheme, lineNo);
        }
    }
}
