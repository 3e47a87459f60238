package dev.relacja.core.api.numbering;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/** How often a numbering series starts counting again from one. */
public enum ResetPeriod {
    YEARLY,
    MONTHLY,
    NEVER;

    /**
     * The period a document date falls in: "2026" yearly, "2026-11" monthly, "" for never. The counter
     * restarts whenever this key changes.
     */
    public String periodKey(LocalDate date) {
        return switch (this) {
            case YEARLY -> Year.from(date).toString();
            case MONTHLY -> YearMonth.from(date).toString();
            case NEVER -> "";
        };
    }
}
