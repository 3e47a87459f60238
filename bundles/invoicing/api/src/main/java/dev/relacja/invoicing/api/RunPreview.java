package dev.relacja.invoicing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a run would do now, changing nothing: how many invoices it would make, skip and fail on, their
 * totals, and the entries (the first {@code entries.size()} of them when there are many).
 */
public record RunPreview(LocalDate upTo, int planned, int skipped, int failed, BigDecimal net, BigDecimal vat,
        BigDecimal gross, List<RunEntry> entries) {
}
