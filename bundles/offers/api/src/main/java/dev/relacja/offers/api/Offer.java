package dev.relacja.offers.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An offer as stored. {@code contactPersonId} is null when the offer is addressed to the counterparty alone;
 * {@code ownerId} is the operator responsible for it; {@code priceBasis} is "NET" or "GROSS" for the whole
 * offer. {@code vatTotals} and {@code net}/{@code vat}/{@code gross} come from the core's VAT calculator over the
 * lines after their discounts and promotions and over the discount lines. An offer gets a number only when it is
 * first sent, so a draft goes by {@link #label()}.
 */
public record Offer(
        long id,
        OfferStatus status,
        long counterpartyId,
        Long contactPersonId,
        long ownerId,
        LocalDate issueDate,
        LocalDate validUntil,
        String currency,
        String priceBasis,
        List<OfferLine> lines,
        List<OfferPromotion> promotions,
        OfferTexts texts,
        List<OfferVatTotal> vatTotals,
        BigDecimal net,
        BigDecimal vat,
        BigDecimal gross,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** How people refer to the offer while it has no number: "draft #12". */
    public String label() {
        return "draft #" + id;
    }
}
