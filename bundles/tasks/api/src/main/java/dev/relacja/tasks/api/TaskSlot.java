package dev.relacja.tasks.api;

import java.time.Instant;

/**
 * An activity or task reduced to what a calendar shows, read without loading the whole record: its
 * place in time ({@code start}, {@code deadline}, either may be null but not both), its owner by id and
 * the {@code version} an edit of its schedule must name.
 */
public record TaskSlot(
        long id,
        String title,
        String type,
        boolean activity,
        long ownerId,
        Priority priority,
        TaskStatus status,
        int percentDone,
        Long counterpartyId,
        Instant start,
        Instant deadline,
        long version) {
}
