package dev.relacja.offers.api;

/**
 * An offer's terms and free text sections, each optional plain text printed under its heading: payment and
 * delivery terms, an introduction, references, company information and product information.
 */
public record OfferTexts(
        String paymentTerms,
        String deliveryTerms,
        String introduction,
        String references,
        String companyInformation,
        String productInformation) {

    /** No terms and no sections. */
    public static final OfferTexts NONE = new OfferTexts(null, null, null, null, null, null);
}
