package dev.relacja.scheduling.api;

import java.util.List;

/** An operator's load per day of their own time zone over a range, with the range's totals. */
public record OperatorLoad(String operator, String timeZone, List<DayLoad> days, int workingMinutes,
        int plannedMinutes, int overloadedDays) {
    public OperatorLoad {
        days = List.copyOf(days);
    }
}
