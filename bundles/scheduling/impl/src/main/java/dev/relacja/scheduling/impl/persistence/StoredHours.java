package dev.relacja.scheduling.impl.persistence;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/** An operator's own working hours as stored. */
public record StoredHours(long operatorId, LocalTime start, LocalTime end, Set<DayOfWeek> days, boolean skipHolidays) {
    public StoredHours {
        days = Set.copyOf(days);
    }
}
