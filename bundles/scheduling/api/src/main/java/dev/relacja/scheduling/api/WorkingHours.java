package dev.relacja.scheduling.api;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * When an operator works: from {@code start} to {@code end} on {@code days}, in their {@code timeZone};
 * with {@code skipHolidays}, Polish public holidays are days off. {@code custom} is false when the
 * defaults apply (the operator's hours in their core record and the configured days).
 */
public record WorkingHours(String operator, String timeZone, LocalTime start, LocalTime end, Set<DayOfWeek> days,
        boolean skipHolidays, boolean custom) {
    public WorkingHours {
        days = Set.copyOf(days);
    }

    /** Minutes of one working day. */
    public int dailyMinutes() {
        return (int) java.time.Duration.between(start, end).toMinutes();
    }
}
