package dev.relacja.scheduling.impl;

import dev.relacja.core.api.calendar.PolishHolidays;
import dev.relacja.scheduling.api.DayLoad;
import dev.relacja.scheduling.api.OperatorLoad;
import dev.relacja.scheduling.api.WorkingHours;
import dev.relacja.tasks.api.TaskSlot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One operator's load per day of their own zone: the day's working time (their hours on a working day,
 * none on a day off) against the part of each item's span that falls within those hours of the day (so
 * work planned on a day off shows as overload). An item that is
 * only a point in time (a deadline) takes no time but is counted on its day. Overlapping items add up,
 * which is how a supervisor sees double booking as overload.
 */
final class LoadCalculator {
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private LoadCalculator() {
    }

    static OperatorLoad load(WorkingHours hours, LocalDate firstDay, LocalDate lastDay, List<TaskSlot> slots) {
        ZoneId zone = ZoneId.of(hours.timeZone());
        List<DayLoad> days = new ArrayList<>();
        int working = 0;
        int planned = 0;
        int overloaded = 0;
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            Instant dayStart = CalendarItems.startOfDay(day, zone);
            Instant dayEnd = CalendarItems.startOfDay(day.plusDays(1), zone);
            boolean workday = hours.days().contains(day.getDayOfWeek())
                    && !(hours.skipHolidays() && PolishHolidays.isHoliday(day));
            Instant windowStart = CalendarItems.at(day, hours.start(), zone);
            Instant windowEnd = CalendarItems.at(day, hours.end(), zone);
            int workingMinutes = workday ? minutes(windowStart, windowEnd) : 0;
            int plannedMinutes = 0;
            int items = 0;
            for (TaskSlot slot : slots) {
                Instant first = CalendarItems.first(slot.start(), slot.deadline());
                Instant last = CalendarItems.last(slot.start(), slot.deadline());
                boolean touches = first.equals(last)
                        ? !first.isBefore(dayStart) && first.isBefore(dayEnd)
                        : first.isBefore(dayEnd) && last.isAfter(dayStart);
                if (!touches) {
                    continue;
                }
                items++;
                plannedMinutes += minutes(max(first, windowStart), min(last, windowEnd));
            }
            boolean over = plannedMinutes > workingMinutes;
            days.add(new DayLoad(day, workingMinutes, plannedMinutes, hoursOf(workingMinutes), hoursOf(plannedMinutes),
                    items, over));
            working += workingMinutes;
            planned += plannedMinutes;
            overloaded += over ? 1 : 0;
        }
        return new OperatorLoad(hours.operator(), hours.timeZone(), days, working, planned, overloaded);
    }

    private static int minutes(Instant from, Instant to) {
        return to.isAfter(from) ? (int) Duration.between(from, to).toMinutes() : 0;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    static BigDecimal hoursOf(int minutes) {
        return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP);
    }
}
