package dev.relacja.offers.impl.serial;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A cell of a serial offer's price table in {@code offers_serial_price}; replaced by bulk deletes and inserts. */
@Entity
@Table(name = "offers_serial_price")
@IdClass(SerialPriceEntity.Key.class)
public class SerialPriceEntity {
    @Id
    @Column(name = "serial_id", nullable = false, updatable = false)
    private long serialId;
    @Id
    @Column(name = "counterparty_id", nullable = false, updatable = false)
    private long counterpartyId;
    @Id
    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;
    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    protected SerialPriceEntity() {
        // for JPA
    }

    SerialPriceEntity(long serialId, long counterpartyId, long itemId, BigDecimal unitPrice) {
        this.serialId = serialId;
        this.counterpartyId = counterpartyId;
        this.itemId = itemId;
        this.unitPrice = unitPrice;
    }

    /** The cell's key: the serial offer, the counterparty and the catalogue item. */
    public static final class Key implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private long serialId;
        private long counterpartyId;
        private long itemId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && serialId == key.serialId && counterpartyId == key.counterpartyId
                    && itemId == key.itemId;
        }

        @Override
        public int hashCode() {
            return (Long.hashCode(serialId) * 31 + Long.hashCode(counterpartyId)) * 31 + Long.hashCode(itemId);
        }
    }
}
