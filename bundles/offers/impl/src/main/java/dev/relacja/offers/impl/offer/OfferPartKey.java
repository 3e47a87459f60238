package dev.relacja.offers.impl.offer;

import java.io.Serializable;
import java.util.Objects;

/** The key of an offer's lines and promotions: the offer's id and the position, so no generated key is needed. */
public final class OfferPartKey implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long offer;
    private int position;

    public OfferPartKey() {
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OfferPartKey key && Objects.equals(offer, key.offer) && position == key.position;
    }

    @Override
    public int hashCode() {
        return Objects.hash(offer, position);
    }
}
