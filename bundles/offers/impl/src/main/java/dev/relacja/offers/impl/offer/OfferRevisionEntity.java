package dev.relacja.offers.impl.offer;

import dev.relacja.offers.api.OfferRevision;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Lob;
import javax.persistence.Table;

/**
 * A frozen revision in {@code offers_revision}: written once, never updated (every column is insertable only), read
 * back into the offer it was through {@link CanonicalOffers}.
 */
@Entity
@Table(name = "offers_revision")
@IdClass(OfferRevisionEntity.Key.class)
public class OfferRevisionEntity {
    @Id
    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;
    @Id
    @Column(nullable = false, updatable = false)
    private int revision;
    @Column(nullable = false, updatable = false)
    private String label;
    @Lob
    @Column(nullable = false, updatable = false)
    private String content;
    @Column(nullable = false, updatable = false)
    private String sha256;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected OfferRevisionEntity() {
    }

    OfferRevisionEntity(long offerId, int revision, String label, String content, String sha256, Instant createdAt,
            String createdBy) {
        this.offerId = offerId;
        this.revision = revision;
        this.label = label;
        this.content = content;
        this.sha256 = sha256;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    OfferRevision toRevision() {
        return new OfferRevision(offerId, revision, label, CanonicalOffers.read(content), sha256, createdAt,
                createdBy);
    }

    /** The revision's key: the offer's id and the revision number. */
    public static final class Key implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private long offerId;
        private int revision;

        public Key() {
        }

        Key(long offerId, int revision) {
            this.offerId = offerId;
            this.revision = revision;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && offerId == key.offerId && revision == key.revision;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(offerId) * 31 + revision;
        }
    }
}
