package dev.relacja.offers.impl.serial;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * A counterparty a serial offer is for, in {@code offers_serial_member}. Written once; its offer and error are
 * changed by bulk updates only (and the database clears the offer when that draft is deleted), so it is read by
 * projections, never from the cache.
 */
@Entity
@Table(name = "offers_serial_member")
@IdClass(SerialMemberEntity.Key.class)
public class SerialMemberEntity {
    @Id
    @Column(name = "serial_id", nullable = false, updatable = false)
    private long serialId;
    @Id
    @Column(name = "counterparty_id", nullable = false, updatable = false)
    private long counterpartyId;
    @Column(nullable = false, updatable = false)
    private int position;
    @Column(name = "offer_id")
    private Long offerId;
    @Column(length = 2000)
    private String error;

    protected SerialMemberEntity() {
        // for JPA
    }

    SerialMemberEntity(long serialId, long counterpartyId, int position) {
        this.serialId = serialId;
        this.counterpartyId = counterpartyId;
        this.position = position;
    }

    /** The member's key: the serial offer and the counterparty. */
    public static final class Key implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private long serialId;
        private long counterpartyId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && serialId == key.serialId && counterpartyId == key.counterpartyId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(serialId) * 31 + Long.hashCode(counterpartyId);
        }
    }
}
