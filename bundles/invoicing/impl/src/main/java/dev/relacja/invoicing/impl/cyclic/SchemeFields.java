package dev.relacja.invoicing.impl.cyclic;

import dev.relacja.invoicing.api.BillingTiming;
import dev.relacja.invoicing.api.CatchUpPolicy;
import dev.relacja.invoicing.api.FrequencyUnit;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.PaymentMethod;
import dev.relacja.invoicing.api.SchemeItem;
import java.time.LocalDate;
import java.util.List;

/**
 * A validated scheme draft: defaults filled in, {@code issueDay} as stored (1..31, 0 for the last day, null for
 * days and weeks), {@code activeFrom} on the first of its month for monthly units, items positioned 1..n with
 * what their catalogue item supplies.
 */
record SchemeFields(
        String name,
        InvoiceKind kind,
        String series,
        int every,
        FrequencyUnit unit,
        BillingTiming timing,
        Short issueDay,
        Integer dueDays,
        LocalDate activeFrom,
        LocalDate activeUntil,
        PaymentMethod paymentMethod,
        boolean splitPayment,
        String notes,
        CatchUpPolicy catchUp,
        List<SchemeItem> items) {
}
