package dev.relacja.offers.impl.offer;

import dev.relacja.offers.api.OfferPromotion;
import dev.relacja.offers.api.PromotionKind;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/**
 * One promotion of an offer as stored in {@code offers_promotion}; the lines a percentage applies to are kept as
 * their positions separated by commas ("1,3"), read only with the offer.
 */
@Entity
@Table(name = "offers_promotion")
@IdClass(OfferPartKey.class)
public class OfferPromotionEntity {
    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "offer_id", nullable = false)
    private OfferEntity offer;
    @Id
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String wording;
    @Column(precision = 5, scale = 2)
    private BigDecimal percent;
    @Column(name = "line_positions")
    private String linePositions;
    @Column(precision = 12, scale = 2)
    private BigDecimal amount;
    @Column(name = "vat_rate")
    private String vatRate;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal saving;

    protected OfferPromotionEntity() {
    }

    OfferPromotionEntity(OfferEntity offer, OfferPromotion promotion) {
        this.offer = offer;
        this.position = promotion.position();
        replace(promotion);
    }

    /** Takes another promotion's contents at the same position (a draft edited). */
    void replace(OfferPromotion promotion) {
        kind = promotion.kind().name();
        wording = promotion.wording();
        percent = promotion.percent();
        linePositions = promotion.linePositions().isEmpty() ? null
                : promotion.linePositions().stream().map(String::valueOf).collect(Collectors.joining(","));
        amount = promotion.amount();
        vatRate = promotion.vatRate();
        saving = promotion.saving();
    }

    OfferPromotion toPromotion() {
        List<Integer> positions = linePositions == null ? List.of()
                : Arrays.stream(linePositions.split(",")).map(Integer::valueOf).toList();
        return new OfferPromotion(position, PromotionKind.valueOf(kind), wording,
                percent == null ? null : percent.setScale(2), positions, amount == null ? null : amount.setScale(2),
                vatRate, saving.setScale(2));
    }
}
