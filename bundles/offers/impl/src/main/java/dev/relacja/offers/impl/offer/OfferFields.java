package dev.relacja.offers.impl.offer;

import dev.relacja.core.api.money.PriceBasis;
import dev.relacja.core.api.money.VatSummary;
import dev.relacja.offers.api.OfferLine;
import dev.relacja.offers.api.OfferPromotion;
import dev.relacja.offers.api.OfferTexts;
import java.time.LocalDate;
import java.util.List;

/** A validated draft: defaults filled in, lines and promotions with their amounts, and the offer's VAT summary. */
record OfferFields(
        long counterpartyId,
        Long contactPersonId,
        long ownerId,
        LocalDate issueDate,
        LocalDate validUntil,
        String currency,
        PriceBasis basis,
        List<OfferLine> lines,
        List<OfferPromotion> promotions,
        OfferTexts texts,
        String printTemplate,
        VatSummary summary) {
}
