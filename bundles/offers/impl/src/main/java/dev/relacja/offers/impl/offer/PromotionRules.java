package dev.relacja.offers.impl.offer;

import dev.relacja.core.api.error.FieldChecks;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.money.PriceBasis;
import dev.relacja.core.api.money.VatRate;
import dev.relacja.offers.api.OfferLine;
import dev.relacja.offers.api.OfferPromotion;
import dev.relacja.offers.api.OfferPromotionDraft;
import dev.relacja.offers.api.PromotionKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an offer's promotions in two steps: {@link #check} their own fields and the lines they name, before the
 * lines' amounts are known (a line's amounts depend on its promotion); then {@link Checked#priced} what each saves,
 * refusing a discount line larger than the lines at its rate are worth.
 */
final class PromotionRules {
    static final int MAX_PROMOTIONS = 50;
    static final int MAX_WORDING = 500;

    private PromotionRules() {
    }

    /** A promotion whose own fields are valid. */
    private record Plan(PromotionKind kind, String wording, BigDecimal percent, List<Integer> positions,
            BigDecimal amount, VatRate rate) {
    }

    /** The checked promotions: which percentage each line takes, and the discount lines. */
    static final class Checked {
        private final List<Plan> plans;
        private final Map<Integer, BigDecimal> percentByLine;

        private Checked(List<Plan> plans, Map<Integer, BigDecimal> percentByLine) {
            this.plans = plans;
            this.percentByLine = percentByLine;
        }

        /** The percentage a promotion takes off the line at {@code position}, 0 when none does. */
        BigDecimal percentFor(int position) {
            return percentByLine.getOrDefault(position, BigDecimal.ZERO.setScale(2));
        }

        List<OfferAmounts.DiscountLine> discountLines() {
            return plans.stream().filter(p -> p.kind() == PromotionKind.DISCOUNT_LINE)
                    .map(p -> new OfferAmounts.DiscountLine(p.amount(), p.rate())).toList();
        }

        /**
         * The promotions with what each saves: a percentage the difference it makes to its lines, a discount line
         * its amount, which all discount lines at a rate together may not make larger than the lines at that rate.
         * {@code lines} have their promotions applied, {@code inputs} are the same lines before.
         */
        List<OfferPromotion> priced(List<FieldError> errors, PriceBasis basis, Currency currency,
                List<OfferAmounts.LineInput> inputs, List<OfferLine> lines) {
            Map<VatRate, BigDecimal> discountByRate = new EnumMap<>(VatRate.class);
            List<OfferPromotion> promotions = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                Plan plan = plans.get(i);
                BigDecimal saving;
                if (plan.kind() == PromotionKind.PERCENT_ON_LINES) {
                    saving = BigDecimal.ZERO.setScale(2);
                    for (int position : plan.positions()) {
                        OfferLine without = OfferAmounts.line(basis, currency, position, inputs.get(position - 1),
                                BigDecimal.ZERO.setScale(2));
                        saving = saving.add(OfferAmounts.onBasis(basis, without))
                                .subtract(OfferAmounts.onBasis(basis, lines.get(position - 1)));
                    }
                } else {
                    saving = plan.amount();
                    BigDecimal atRate = discountByRate.merge(plan.rate(), plan.amount(), BigDecimal::add);
                    BigDecimal worth = lines.stream().filter(l -> l.vatRate().equals(plan.rate().code()))
                            .map(l -> OfferAmounts.onBasis(basis, l)).reduce(BigDecimal.ZERO, BigDecimal::add);
                    if (atRate.compareTo(worth) > 0) {
                        errors.add(new FieldError("promotions[" + i + "].amount", "the discount lines at VAT "
                                + plan.rate().code() + " take " + atRate.toPlainString() + " off lines worth "
                                + worth.toPlainString() + " (" + basis + "); a discount cannot exceed what it lowers"));
                    }
                }
                promotions.add(new OfferPromotion(i + 1, plan.kind(), plan.wording(), plan.percent(),
                        plan.positions(), plan.amount(), plan.rate() == null ? null : plan.rate().code(), saving));
            }
            return promotions;
        }
    }

    /** Checks every promotion's own fields against the offer's {@code lineCount} lines. */
    static Checked check(List<FieldError> errors, List<OfferPromotionDraft> drafts, int lineCount) {
        if (drafts == null || drafts.isEmpty()) {
            return new Checked(List.of(), Map.of());
        }
        if (drafts.size() > MAX_PROMOTIONS) {
            errors.add(new FieldError("promotions", "an offer has at most " + MAX_PROMOTIONS + " promotions, not "
                    + drafts.size()));
            return new Checked(List.of(), Map.of());
        }
        List<Plan> plans = new ArrayList<>();
        Map<Integer, BigDecimal> percentByLine = new HashMap<>();
        Map<Integer, Integer> promotionOfLine = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            String at = "promotions[" + i + "].";
            OfferPromotionDraft draft = drafts.get(i);
            if (draft == null || draft.kind() == null) {
                errors.add(new FieldError(at + "kind", "a promotion is PERCENT_ON_LINES or DISCOUNT_LINE"));
                continue;
            }
            String wording = FieldChecks.text(errors, at + "wording", draft.wording(), MAX_WORDING, true);
            Plan plan = draft.kind() == PromotionKind.PERCENT_ON_LINES
                    ? percentOnLines(errors, at, i, draft, wording, lineCount, promotionOfLine)
                    : discountLine(errors, at, draft, wording);
            if (plan != null) {
                plans.add(plan);
                plan.positions().forEach(position -> percentByLine.put(position, plan.percent()));
            }
        }
        return new Checked(plans, percentByLine);
    }

    private static Plan percentOnLines(List<FieldError> errors, String at, int index, OfferPromotionDraft draft,
            String wording, int lineCount, Map<Integer, Integer> promotionOfLine) {
        int before = errors.size();
        BigDecimal percent = LineRules.decimal(errors, at + "percent", "the promotion's percentage", draft.percent(),
                2, LineRules.HUNDRED, true);
        if (percent != null && percent.signum() == 0) {
            errors.add(new FieldError(at + "percent", "the promotion's percentage must be above zero"));
        }
        List<Integer> positions = draft.linePositions() == null ? List.of() : draft.linePositions();
        if (positions.isEmpty()) {
            errors.add(new FieldError(at + "linePositions", "name the lines the percentage is taken off (1 is the "
                    + "first line)"));
        }
        for (Integer position : positions) {
            if (position == null || position < 1 || position > lineCount) {
                errors.add(new FieldError(at + "linePositions", "line " + position + " is not on the offer, which has "
                        + lineCount + " lines"));
            } else {
                Integer taken = promotionOfLine.putIfAbsent(position, index);
                if (taken != null && taken == index) {
                    errors.add(new FieldError(at + "linePositions", "line " + position + " is named twice"));
                } else if (taken != null) {
                    errors.add(new FieldError(at + "linePositions", "line " + position + " already takes promotion "
                            + (taken + 1) + "; a line takes one percentage promotion at most"));
                }
            }
        }
        if (draft.amount() != null || draft.vatRate() != null) {
            errors.add(new FieldError(at + "amount", "a percentage promotion takes no amount or VAT rate"));
        }
        return errors.size() > before || wording == null ? null
                : new Plan(PromotionKind.PERCENT_ON_LINES, wording, percent, List.copyOf(positions), null, null);
    }

    private static Plan discountLine(List<FieldError> errors, String at, OfferPromotionDraft draft, String wording) {
        int before = errors.size();
        BigDecimal amount = LineRules.decimal(errors, at + "amount", "the discount", draft.amount(), 2,
                LineRules.MAX_PRICE, true);
        if (amount != null && amount.signum() == 0) {
            errors.add(new FieldError(at + "amount", "the discount must be above zero"));
        }
        VatRate rate = LineRules.vatRate(errors, at + "vatRate", draft.vatRate());
        if (draft.percent() != null || (draft.linePositions() != null && !draft.linePositions().isEmpty())) {
            errors.add(new FieldError(at + "percent", "a discount line takes an amount and a VAT rate, no percentage "
                    + "or lines"));
        }
        return errors.size() > before || wording == null ? null
                : new Plan(PromotionKind.DISCOUNT_LINE, wording, null, List.of(), amount, rate);
    }
}
