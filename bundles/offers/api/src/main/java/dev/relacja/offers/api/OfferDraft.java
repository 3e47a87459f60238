package dev.relacja.offers.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a caller sends to create or change a draft offer; an update replaces every field. Left out:
 * {@code issueDate} is today, {@code validUntil} the issue date plus 30 days, {@code currency} PLN (the only one
 * for now), {@code priceBasis} NET ("NET" or "GROSS"), {@code ownerId} the calling operator, {@code texts} none,
 * {@code printTemplate} none (the offer prints with the configured default; else with {@code formal},
 * {@code compact} or an admin's template, by code, unless a printout names another).
 * The counterparty must exist and not be archived; a contact person must be one of its people.
 */
public record OfferDraft(
        Long counterpartyId,
        Long contactPersonId,
        Long ownerId,
        LocalDate issueDate,
        LocalDate validUntil,
        String currency,
        String priceBasis,
        List<OfferLineDraft> lines,
        List<OfferPromotionDraft> promotions,
        OfferTexts texts,
        String printTemplate) {

    /** A draft that leaves the print template to the configured default. */
    public OfferDraft(Long counterpartyId, Long contactPersonId, Long ownerId, LocalDate issueDate,
            LocalDate validUntil, String currency, String priceBasis, List<OfferLineDraft> lines,
            List<OfferPromotionDraft> promotions, OfferTexts texts) {
        this(counterpartyId, contactPersonId, ownerId, issueDate, validUntil, currency, priceBasis, lines,
                promotions, texts, null);
    }

    /** The draft that leaves {@code offer} as it is; edits start from it. */
    public static OfferDraft of(Offer offer) {
        List<OfferLineDraft> lines = offer.lines().stream()
                .map(l -> new OfferLineDraft(l.catalogueItemId(), l.name(), l.description(), l.unit(), l.quantity(),
                        l.unitPrice(), l.discountPercent(), l.vatRate()))
                .toList();
        List<OfferPromotionDraft> promotions = offer.promotions().stream()
                .map(p -> new OfferPromotionDraft(p.kind(), p.wording(), p.percent(), p.linePositions(), p.amount(),
                        p.vatRate()))
                .toList();
        return new OfferDraft(offer.counterpartyId(), offer.contactPersonId(), offer.ownerId(), offer.issueDate(),
                offer.validUntil(), offer.currency(), offer.priceBasis(), lines, promotions, offer.texts(),
                offer.printTemplate());
    }

    /** The same draft with {@code line} added after the others. */
    public OfferDraft plusLine(OfferLineDraft line) {
        List<OfferLineDraft> more = new ArrayList<>(lines == null ? List.of() : lines);
        more.add(line);
        return new OfferDraft(counterpartyId, contactPersonId, ownerId, issueDate, validUntil, currency, priceBasis,
                more, promotions, texts, printTemplate);
    }

    /** The same draft with {@code promotion} added after the others. */
    public OfferDraft plusPromotion(OfferPromotionDraft promotion) {
        List<OfferPromotionDraft> more = new ArrayList<>(promotions == null ? List.of() : promotions);
        more.add(promotion);
        return new OfferDraft(counterpartyId, contactPersonId, ownerId, issueDate, validUntil, currency, priceBasis,
                lines, more, texts, printTemplate);
    }
}
