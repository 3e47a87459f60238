package dev.relacja.offers.api;

import java.util.List;

/**
 * The line-by-line difference between two revisions of an offer: header fields first, then lines and promotions by
 * position; empty when the two say the same.
 */
public record OfferDiff(
        long offerId,
        int fromRevision,
        String fromLabel,
        int toRevision,
        String toLabel,
        List<OfferChange> changes) {
}
