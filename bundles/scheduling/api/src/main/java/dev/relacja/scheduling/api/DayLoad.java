package dev.relacja.scheduling.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One day of an operator's load: working minutes that day against planned minutes, i.e. the part of each
 * item's span within the day's working hours (items that are only a deadline take no time). Hours are
 * the same figures to two decimals; {@code overloaded} when planned exceeds working time.
 */
public record DayLoad(LocalDate date, int workingMinutes, int plannedMinutes, BigDecimal workingHours,
        BigDecimal plannedHours, int items, boolean overloaded) {
}
