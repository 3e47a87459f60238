package dev.relacja.invoicing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored cyclic invoicing scheme, its fields as {@link CyclicSchemeDraft} describes them with defaults filled
 * in; {@code issueDay} is "1".."31" or "last" (null for days and weeks); {@code dueDays} null means the buyer's
 * payment term. {@code participants} counts its participants.
 */
public record CyclicScheme(
        long id,
        String name,
        InvoiceKind kind,
        String series,
        int every,
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
        List<SchemeItem> items,
        long participants,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
