package dev.relacja.offers.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An offer as stored. {@code contactPersonId} is null when the offer is addressed to the counterparty alone;
 * {@code ownerId} is the operator responsible for it; {@code priceBasis} is "NET" or "GROSS" for the whole
 * offer. {@code vatTotals} and {@code net}/{@code vat}/{@code gross} come from the core's VAT calculator over the
 * lines after their discounts and promotions and over the discount lines. An offer gets its {@code number} (series
 * OF) when it is first sent, which freezes {@code revision} 1; every change of a sent offer freezes the next one (0
 * while a draft). {@code sentAt} is when it last went out; {@code acceptance} says which revision the customer
 * accepted; {@code rejectionReason} why they declined. People refer to it by {@link #label()}.
 */
public record Offer(
        long id,
        OfferStatus status,
        String number,
        int revision,
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
        String printTemplate,
        List<OfferVatTotal> vatTotals,
        BigDecimal net,
        BigDecimal vat,
        BigDecimal gross,
        Instant sentAt,
        OfferAcceptance acceptance,
        String rejectionReason,
        OfferConversion conversion,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** How people refer to the offer: "draft #12" without a number, "OF/12/2026" at r1, "OF/12/2026 r2" later. */
    public String label() {
        return label(id, number, revision);
    }

    /** The label of revision {@code revision} of offer {@code id} numbered {@code number} (null: a draft). */
    public static String label(long id, String number, int revision) {
        if (number == null) {
            return "draft #" + id;
        }
        return revision <= 1 ? number : number + " r" + revision;
    }
}
