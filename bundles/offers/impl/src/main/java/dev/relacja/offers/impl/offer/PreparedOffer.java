package dev.relacja.offers.impl.offer;

/** An offer draft checked and resolved by {@link OfferMaker}, ready to be stored as it is. */
public final class PreparedOffer {
    final OfferFields fields;

    PreparedOffer(OfferFields fields) {
        this.fields = fields;
    }

    public long counterpartyId() {
        return fields.counterpartyId();
    }
}
