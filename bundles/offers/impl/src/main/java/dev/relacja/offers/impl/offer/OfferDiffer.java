package dev.relacja.offers.impl.offer;

import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferChange;
import dev.relacja.offers.api.OfferChange.Part;
import dev.relacja.offers.api.OfferDiff;
import dev.relacja.offers.api.OfferLine;
import dev.relacja.offers.api.OfferPromotion;
import dev.relacja.offers.api.OfferRevision;
import dev.relacja.offers.api.PromotionKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The difference between two revisions in readable text: the header fields that changed, then lines and promotions
 * matched by position (one only one side has is added or removed as a whole, described in a sentence). Amounts keep
 * their two decimals; quantities and percentages drop trailing zeros.
 */
final class OfferDiffer {
    /** A field compared, by name, as the text a person reads. */
    private record Field<T>(String name, Function<T, String> text) {
    }

    private static final List<Field<Offer>> HEADER = List.of(
            new Field<>("issueDate", o -> Objects.toString(o.issueDate())),
            new Field<>("validUntil", o -> Objects.toString(o.validUntil())),
            new Field<>("currency", Offer::currency),
            new Field<>("priceBasis", Offer::priceBasis),
            new Field<>("contactPersonId", o -> text(o.contactPersonId())),
            new Field<>("ownerId", o -> text(o.ownerId())),
            new Field<>("paymentTerms", o -> o.texts().paymentTerms()),
            new Field<>("deliveryTerms", o -> o.texts().deliveryTerms()),
            new Field<>("introduction", o -> o.texts().introduction()),
            new Field<>("references", o -> o.texts().references()),
            new Field<>("companyInformation", o -> o.texts().companyInformation()),
            new Field<>("productInformation", o -> o.texts().productInformation()),
            new Field<>("printTemplate", Offer::printTemplate),
            new Field<>("net", o -> amount(o.net())),
            new Field<>("vat", o -> amount(o.vat())),
            new Field<>("gross", o -> amount(o.gross())));

    private static final List<Field<OfferLine>> LINE = List.of(
            new Field<>("catalogueItemId", l -> text(l.catalogueItemId())),
            new Field<>("name", OfferLine::name),
            new Field<>("description", OfferLine::description),
            new Field<>("unit", OfferLine::unit),
            new Field<>("quantity", l -> number(l.quantity())),
            new Field<>("unitPrice", l -> amount(l.unitPrice())),
            new Field<>("discountPercent", l -> number(l.discountPercent())),
            new Field<>("promotionPercent", l -> number(l.promotionPercent())),
            new Field<>("vatRate", OfferLine::vatRate),
            new Field<>("net", l -> amount(l.net())),
            new Field<>("vat", l -> amount(l.vat())),
            new Field<>("gross", l -> amount(l.gross())));

    private static final List<Field<OfferPromotion>> PROMOTION = List.of(
            new Field<>("kind", p -> p.kind().name()),
            new Field<>("wording", OfferPromotion::wording),
            new Field<>("percent", p -> number(p.percent())),
            new Field<>("linePositions", p -> positions(p.linePositions())),
            new Field<>("amount", p -> amount(p.amount())),
            new Field<>("vatRate", OfferPromotion::vatRate),
            new Field<>("saving", p -> amount(p.saving())));

    private OfferDiffer() {
    }

    static OfferDiff diff(OfferRevision from, OfferRevision to) {
        List<OfferChange> changes = new ArrayList<>();
        compare(changes, Part.OFFER, null, from.content(), to.content(), HEADER);
        parts(changes, Part.LINE, "line", from.content().lines(), to.content().lines(), LINE,
                OfferDiffer::describe);
        parts(changes, Part.PROMOTION, "promotion", from.content().promotions(), to.content().promotions(),
                PROMOTION, OfferDiffer::describe);
        return new OfferDiff(from.offerId(), from.revision(), from.label(), to.revision(), to.label(),
                List.copyOf(changes));
    }

    /** Lines or promotions by position (1, 2, …): compared field by field, or added or removed whole. */
    private static <T> void parts(List<OfferChange> changes, Part part, String whole, List<T> before, List<T> after,
            List<Field<T>> fields, Function<T, String> describe) {
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            if (i >= after.size()) {
                changes.add(new OfferChange(part, i + 1, whole, describe.apply(before.get(i)), null));
            } else if (i >= before.size()) {
                changes.add(new OfferChange(part, i + 1, whole, null, describe.apply(after.get(i))));
            } else {
                compare(changes, part, i + 1, before.get(i), after.get(i), fields);
            }
        }
    }

    private static <T> void compare(List<OfferChange> changes, Part part, Integer position, T before, T after,
            List<Field<T>> fields) {
        for (Field<T> field : fields) {
            String was = field.text().apply(before);
            String is = field.text().apply(after);
            if (!Objects.equals(was, is)) {
                changes.add(new OfferChange(part, position, field.name(), was, is));
            }
        }
    }

    /** "Laptop: 2 szt. × 3000.00, discount 10%, VAT 23, net 5400.00". */
    private static String describe(OfferLine line) {
        String discount = line.discountPercent().signum() == 0 ? ""
                : ", discount " + number(line.discountPercent()) + "%";
        return line.name() + ": " + number(line.quantity()) + " " + line.unit() + " × " + amount(line.unitPrice())
                + discount + ", VAT " + line.vatRate() + ", net " + amount(line.net());
    }

    /** "Rabat świąteczny: 5% off lines 1, 3" or "Bon: 100.00 off VAT 23". */
    private static String describe(OfferPromotion promotion) {
        return promotion.wording() + ": " + (promotion.kind() == PromotionKind.PERCENT_ON_LINES
                ? number(promotion.percent()) + "% off lines " + positions(promotion.linePositions())
                : amount(promotion.amount()) + " off VAT " + promotion.vatRate());
    }

    private static String amount(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String text(Long value) {
        return value == null ? null : value.toString();
    }

    private static String positions(List<Integer> positions) {
        return positions == null || positions.isEmpty() ? null
                : positions.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
