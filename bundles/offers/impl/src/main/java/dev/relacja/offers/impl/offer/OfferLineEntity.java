package dev.relacja.offers.impl.offer;

import dev.relacja.offers.api.OfferLine;
import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/** One line of an offer as stored in {@code offers_line}, with its computed amounts; keyed by offer and position. */
@Entity
@Table(name = "offers_line")
@IdClass(OfferPartKey.class)
public class OfferLineEntity {
    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "offer_id", nullable = false)
    private OfferEntity offer;
    @Id
    @Column(nullable = false)
    private int position;
    @Column(name = "item_id")
    private Long itemId;
    @Column(nullable = false)
    private String name;
    private String description;
    @Column(nullable = false)
    private String unit;
    @Column(nullable = false, precision = 15, scale = 3)
    private BigDecimal quantity;
    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;
    @Column(name = "discount_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal discountPercent;
    @Column(name = "promotion_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal promotionPercent;
    @Column(name = "vat_rate", nullable = false)
    private String vatRate;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal net;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal vat;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal gross;

    protected OfferLineEntity() {
    }

    OfferLineEntity(OfferEntity offer, OfferLine line) {
        this.offer = offer;
        this.position = line.position();
        replace(line);
    }

    /** Takes another line's contents at the same position (a draft edited). */
    void replace(OfferLine line) {
        itemId = line.catalogueItemId();
        name = line.name();
        description = line.description();
        unit = line.unit();
        quantity = line.quantity();
        unitPrice = line.unitPrice();
        discountPercent = line.discountPercent();
        promotionPercent = line.promotionPercent();
        vatRate = line.vatRate();
        net = line.net();
        vat = line.vat();
        gross = line.gross();
    }

    OfferLine toLine() {
        return new OfferLine(position, itemId, name, description, unit, quantity.setScale(3), unitPrice.setScale(2),
                discountPercent.setScale(2), promotionPercent.setScale(2), vatRate, net.setScale(2), vat.setScale(2),
                gross.setScale(2));
    }
}
