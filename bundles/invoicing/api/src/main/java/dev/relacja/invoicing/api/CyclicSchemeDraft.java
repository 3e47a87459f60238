package dev.relacja.invoicing.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What a caller sends to create or change a cyclic invoicing scheme; an update replaces every field. The
 * periods start at {@code activeFrom} (the first of its month for monthly units) and repeat every
 * {@code every} {@code unit}s until {@code activeUntil} (open when null). Left out: {@code kind} SALES,
 * {@code series} the kind's default, {@code every} 1, {@code unit} MONTHS, {@code timing} IN_ADVANCE,
 * {@code issueDay} "1" (for monthly units: the day of the issue month, 1–31 clamped to the month's length,
 * or "last"; days and weeks are issued on the period's first day, or the day after it ends in arrears),
 * {@code dueDays} the buyer's payment term (14 days without one), {@code paymentMethod} TRANSFER,
 * {@code catchUp} ISSUE_ALL. {@code items} are positioned in the order sent.
 */
public record CyclicSchemeDraft(
        String name,
        InvoiceKind kind,
        String series,
        Integer every,
        FrequencyUnit unit,
        BillingTiming timing,
        String issueDay,
        Integer dueDays,
        LocalDate activeFrom,
        LocalDate activeUntil,
        PaymentMethod paymentMethod,
        boolean splitPayment,
        String notes,
        CatchUpPolicy catchUp,
        List<SchemeItem> items) {

    /** The draft that leaves {@code scheme} as it is; edits start from it. */
    public static CyclicSchemeDraft of(CyclicScheme scheme) {
        return new CyclicSchemeDraft(scheme.name(), scheme.kind(), scheme.series(), scheme.every(), scheme.unit(),
                scheme.timing(), scheme.issueDay(), scheme.dueDays(), scheme.activeFrom(), scheme.activeUntil(),
                scheme.paymentMethod(), scheme.splitPayment(), scheme.notes(), scheme.catchUp(), scheme.items());
    }
}
