package dev.relacja.scheduling.api;

import dev.relacja.tasks.api.Priority;
import dev.relacja.tasks.api.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An activity or task as a calendar shows it. {@code start} and {@code deadline} are the task's own
 * instants (UTC, either may be null); {@code localStart}/{@code localEnd} are where it sits in the viewer's
 * time zone (the start, else the deadline; the deadline, else the start). An all-day item runs from local
 * midnight to a later local midnight in its owner's zone: {@code startDate} to {@code endDate}, the end
 * exclusive; both are null for other items. {@code version} is what a move sends as If-Match.
 */
public record CalendarItem(
        long id,
        String title,
        String type,
        boolean activity,
        String owner,
        Priority priority,
        TaskStatus status,
        int percentDone,
        Long counterpartyId,
        Instant start,
        Instant deadline,
        LocalDateTime localStart,
        LocalDateTime localEnd,
        boolean allDay,
        LocalDate startDate,
        LocalDate endDate,
        long version) {
}
