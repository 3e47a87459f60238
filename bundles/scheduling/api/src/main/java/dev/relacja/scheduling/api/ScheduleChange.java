package dev.relacja.scheduling.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Moving or resizing a calendar item: either new instants ({@code start}, {@code deadline}; a left-out one
 * stays as it is) or, for an all-day item, local dates in its owner's time zone ({@code startDate} and
 * {@code endDate}, the end exclusive, both needed).
 */
public record ScheduleChange(Instant start, Instant deadline, LocalDate startDate, LocalDate endDate) {

    public static ScheduleChange to(Instant start, Instant deadline) {
        return new ScheduleChange(start, deadline, null, null);
    }

    public static ScheduleChange allDay(LocalDate startDate, LocalDate endDate) {
        return new ScheduleChange(null, null, startDate, endDate);
    }
}
