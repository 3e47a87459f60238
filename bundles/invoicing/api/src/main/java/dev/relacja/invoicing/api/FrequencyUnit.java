package dev.relacja.invoicing.api;

/** The unit of a cyclic scheme's billing period: every N days, weeks, months, quarters or years. */
public enum FrequencyUnit {
    DAYS, WEEKS, MONTHS, QUARTERS, YEARS;

    /** Whether periods follow calendar months (and an issue day of the month applies). */
    public boolean monthly() {
        return this == MONTHS || this == QUARTERS || this == YEARS;
    }
}
