package dev.relacja.scheduling.impl;

import dev.relacja.scheduling.api.CalendarItem;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Turns stored instants into what a calendar shows. All-day is not stored: an item is all-day when it
 * starts at a local midnight of its owner's zone and its deadline is a later local midnight there (so a
 * day of 23 or 25 hours at a DST change is still one whole day).
 */
final class CalendarItems {
    private CalendarItems() {
    }

    static CalendarItem of(TaskSlot slot, String owner, ZoneId ownerZone, ZoneId viewerZone) {
        return item(slot.id(), slot.title(), slot.type(), slot.activity(), owner, slot, ownerZone, viewerZone);
    }

    static CalendarItem of(Task task, ZoneId ownerZone, ZoneId viewerZone) {
        TaskSlot slot = new TaskSlot(task.id(), task.title(), task.type(), task.activity(), 0, task.priority(),
                task.status(), task.percentDone(), task.counterpartyId(), task.start(), task.deadline(), task.version());
        return item(task.id(), task.title(), task.type(), task.activity(), task.owner(), slot, ownerZone, viewerZone);
    }

    private static CalendarItem item(long id, String title, String type, boolean activity, String owner, TaskSlot slot,
            ZoneId ownerZone, ZoneId viewerZone) {
        Instant first = first(slot.start(), slot.deadline());
        Instant last = last(slot.start(), slot.deadline());
        boolean allDay = isAllDay(slot.start(), slot.deadline(), ownerZone);
        return new CalendarItem(id, title, type, activity, owner, slot.priority(), slot.status(), slot.percentDone(),
                slot.counterpartyId(), slot.start(), slot.deadline(), local(first, viewerZone), local(last, viewerZone),
                allDay, allDay ? LocalDate.ofInstant(slot.start(), ownerZone) : null,
                allDay ? LocalDate.ofInstant(slot.deadline(), ownerZone) : null, slot.version());
    }

    /** Where an item begins: its start, else its deadline. */
    static Instant first(Instant start, Instant deadline) {
        return start != null ? start : deadline;
    }

    /** Where an item ends: its deadline, else its start. */
    static Instant last(Instant start, Instant deadline) {
        return deadline != null ? deadline : start;
    }

    static boolean isAllDay(Instant start, Instant deadline, ZoneId zone) {
        if (start == null || deadline == null || !deadline.isAfter(start)) {
            return false;
        }
        return isMidnight(start, zone) && isMidnight(deadline, zone);
    }

    private static boolean isMidnight(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return local.equals(local.toLocalDate().atStartOfDay(zone));
    }

    /** The first instant of {@code date} in {@code zone} (not always 00:00 where DST starts at midnight). */
    static Instant startOfDay(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    /** {@code time} on {@code date} in {@code zone}; a time skipped by DST moves forward by the gap. */
    static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }
}
