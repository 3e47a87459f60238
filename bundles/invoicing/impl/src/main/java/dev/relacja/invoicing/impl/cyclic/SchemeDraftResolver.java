package dev.relacja.invoicing.impl.cyclic;

import dev.relacja.core.api.error.FieldChecks;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.invoicing.api.BillingTiming;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.CatchUpPolicy;
import dev.relacja.invoicing.api.CyclicSchemeDraft;
import dev.relacja.invoicing.api.FrequencyUnit;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.PaymentMethod;
import dev.relacja.invoicing.api.SchemeItem;
import dev.relacja.invoicing.impl.invoice.InvoiceSeries;
import dev.relacja.invoicing.impl.validation.CatalogueLine;
import dev.relacja.invoicing.impl.validation.FieldRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Checks a scheme draft against every rule at once and resolves it into {@link SchemeFields}, filling in the
 * defaults {@link CyclicSchemeDraft} names; all broken rules are reported together. Two choices of its own: a
 * monthly scheme's {@code activeFrom} moves to the first of its month (periods follow calendar months, and the
 * stored date is then the first period's start), and items are positioned 1..n in the order sent, a position
 * sent along having to agree (0 means not sent) — so an edit that drops a middle line cannot silently move
 * participants' overrides onto the next one.
 */
final class SchemeDraftResolver {
    static final int MAX_NAME = 200;
    static final int MAX_NOTES = 2000;
    static final int MAX_ITEMS = 100;
    static final int MAX_EVERY = 366;
    static final int MAX_DUE_DAYS = 365;
    static final String LAST = "last";

    /** What the resolver looks up: a catalogue item by id, and the numbering series a kind may take. */
    record Lookups(LongFunction<Optional<CatalogueItem>> item, InvoiceSeries series) {
    }

    private SchemeDraftResolver() {
    }

    static SchemeFields resolve(CyclicSchemeDraft draft, Lookups lookups) {
        if (draft == null) {
            throw new ValidationException("body", "send the cyclic scheme");
        }
        List<FieldError> errors = new ArrayList<>();
        String name = FieldChecks.text(errors, "name", draft.name(), MAX_NAME, true);
        InvoiceKind kind = draft.kind() == null ? InvoiceKind.SALES : draft.kind();
        String series = lookups.series().resolve(errors, draft.series(), kind);
        int every = draft.every() == null ? 1 : draft.every();
        if (every < 1 || every > MAX_EVERY) {
            errors.add(new FieldError("every", "a scheme repeats every 1 to " + MAX_EVERY + " units, not " + every));
        }
        FrequencyUnit unit = draft.unit() == null ? FrequencyUnit.MONTHS : draft.unit();
        BillingTiming timing = draft.timing() == null ? BillingTiming.IN_ADVANCE : draft.timing();
        Short issueDay = issueDay(errors, draft.issueDay(), unit);
        Integer dueDays = draft.dueDays();
        if (dueDays != null && (dueDays < 0 || dueDays > MAX_DUE_DAYS)) {
            errors.add(new FieldError("dueDays", "payment is due 0 to " + MAX_DUE_DAYS + " days after the issue, not "
                    + dueDays + " (leave it out for the buyer's payment term)"));
        }
        LocalDate activeFrom = draft.activeFrom();
        if (activeFrom == null) {
            errors.add(new FieldError("activeFrom", "activeFrom, the day the first period starts, is required"));
        } else if (unit.monthly()) {
            activeFrom = activeFrom.withDayOfMonth(1);
        }
        if (activeFrom != null && draft.activeUntil() != null && draft.activeUntil().isBefore(activeFrom)) {
            errors.add(new FieldError("activeUntil", "the scheme ends (" + draft.activeUntil() + ") before it starts ("
                    + activeFrom + (activeFrom.equals(draft.activeFrom()) ? "" : ", the first of activeFrom's month")
                    + ")"));
        }
        PaymentMethod method = draft.paymentMethod() == null ? PaymentMethod.TRANSFER : draft.paymentMethod();
        if (draft.splitPayment()) {
            if (kind != InvoiceKind.SALES) {
                errors.add(new FieldError("splitPayment", "split payment (MPP) applies to sales invoices only"));
            }
            if (method != PaymentMethod.TRANSFER) {
                errors.add(new FieldError("splitPayment", "split payment (MPP) is paid by bank transfer; the payment "
                        + "method is " + method));
            }
        }
        String notes = FieldChecks.text(errors, "notes", draft.notes(), MAX_NOTES, false);
        CatchUpPolicy catchUp = draft.catchUp() == null ? CatchUpPolicy.ISSUE_ALL : draft.catchUp();
        List<SchemeItem> items = items(errors, draft.items(), lookups);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new SchemeFields(name, kind, series, every, unit, timing, issueDay, dueDays, activeFrom,
                draft.activeUntil(), method, draft.splitPayment(), notes, catchUp, items);
    }

    /** 1..31, or {@link SchemeEntity#LAST_DAY} for "last"; null for days and weeks, which have no day of the month. */
    private static Short issueDay(List<FieldError> errors, String value, FrequencyUnit unit) {
        boolean given = value != null && !value.isBlank();
        if (!unit.monthly()) {
            if (given) {
                errors.add(new FieldError("issueDay", "issueDay applies to months, quarters and years; a scheme of "
                        + unit + " is issued on its period's first day (in arrears: the day after the period)"));
            }
            return null;
        }
        if (!given) {
            return 1;
        }
        String day = value.strip().toLowerCase(Locale.ROOT);
        if (day.equals(LAST)) {
            return SchemeEntity.LAST_DAY;
        }
        if (day.matches("\\d{1,2}") && Integer.parseInt(day) >= 1 && Integer.parseInt(day) <= 31) {
            return Short.valueOf(day);
        }
        errors.add(new FieldError("issueDay", "issueDay is a day of the month, 1 to 31 (clamped to shorter months), "
                + "or \"last\", not '" + value.strip() + "'"));
        return null;
    }

    private static List<SchemeItem> items(List<FieldError> errors, List<SchemeItem> drafts, Lookups lookups) {
        if (drafts == null || drafts.isEmpty()) {
            errors.add(new FieldError("items", "a scheme needs at least one item"));
            return List.of();
        }
        if (drafts.size() > MAX_ITEMS) {
            errors.add(new FieldError("items", "a scheme has at most " + MAX_ITEMS + " items, not " + drafts.size()));
            return List.of();
        }
        List<SchemeItem> items = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            item(errors, "items[" + i + "].", i + 1, drafts.get(i), lookups).ifPresent(items::add);
        }
        return items;
    }

    private static Optional<SchemeItem> item(List<FieldError> errors, String at, int position, SchemeItem draft,
            Lookups lookups) {
        if (draft == null) {
            errors.add(new FieldError(at.substring(0, at.length() - 1), "an item is empty"));
            return Optional.empty();
        }
        int before = errors.size();
        if (draft.position() != 0 && draft.position() != position) {
            errors.add(new FieldError(at + "position", "item " + position + " of the list says position "
                    + draft.position() + "; items take positions 1..n in the order sent, and participants' overrides "
                    + "name lines by them: leave the position out or make it " + position));
        }
        CatalogueLine basics = CatalogueLine.resolve(errors, at, draft.catalogueItemId(), draft.name(), draft.unit(),
                draft.vatRate(), lookups.item());
        BigDecimal quantity = FieldRules.decimal(errors, at + "quantity", "the quantity", draft.quantity(), 3,
                BigDecimal.ZERO, FieldRules.MAX_QUANTITY, true);
        BigDecimal price = draft.netPrice() == null && basics.item() != null ? basics.item().netPrice() : draft.netPrice();
        price = FieldRules.decimal(errors, at + "netPrice", "the net price", price, 2, BigDecimal.ZERO,
                FieldRules.MAX_PRICE, true);
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new SchemeItem(position, draft.catalogueItemId(), basics.name(), basics.unit(), quantity, price,
                basics.rate().code()));
    }
}
