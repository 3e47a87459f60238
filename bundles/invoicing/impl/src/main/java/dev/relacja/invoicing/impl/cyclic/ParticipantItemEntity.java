package dev.relacja.invoicing.impl.cyclic;

import dev.relacja.invoicing.api.ParticipantItem;
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

/** A participant's override of one scheme line as stored in {@code invoicing_participant_item}. */
@Entity
@Table(name = "invoicing_participant_item")
@IdClass(ParticipantItemEntity.Key.class)
public class ParticipantItemEntity {
    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private ParticipantEntity participant;
    @Id
    @Column(name = "line_no", nullable = false)
    private short lineNo;
    @Column(precision = 15, scale = 3)
    private BigDecimal quantity;
    @Column(name = "net_price", precision = 12, scale = 2)
    private BigDecimal netPrice;

    protected ParticipantItemEntity() {
    }

    ParticipantItemEntity(ParticipantEntity participant, ParticipantItem item) {
        this.participant = participant;
        this.lineNo = (short) item.position();
        apply(item);
    }

    void apply(ParticipantItem item) {
        quantity = item.quantity();
        netPrice = item.netPrice();
    }

    int position() {
        return lineNo;
    }

    ParticipantItem toItem() {
        return item(lineNo, quantity, netPrice);
    }

    /** An override as the API gives it, at the scales of an invoice line. */
    static ParticipantItem item(int position, BigDecimal quantity, BigDecimal netPrice) {
        return new ParticipantItem(position, quantity == null ? null : quantity.setScale(3),
                netPrice == null ? null : netPrice.setScale(2));
    }

    /** The primary key: the participant's id and the line's position. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long participant;
        private short lineNo;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(participant, key.participant) && lineNo == key.lineNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(participant, lineNo);
        }
    }
}
