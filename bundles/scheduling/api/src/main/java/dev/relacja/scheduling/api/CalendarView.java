package dev.relacja.scheduling.api;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The items of {@code operators} overlapping {@code [from, to)}, earliest first, rendered in
 * {@code timeZone} (the viewer's). At most {@code limit} items: {@code truncated} says more were there,
 * and a narrower range or fewer operators shows them.
 */
public record CalendarView(
        Instant from,
        Instant to,
        String timeZone,
        List<String> operators,
        List<CalendarItem> items,
        int limit,
        boolean truncated) {
    public CalendarView {
        operators = List.copyOf(operators);
        items = List.copyOf(items);
    }

    /** The zone as a {@link ZoneId}. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
