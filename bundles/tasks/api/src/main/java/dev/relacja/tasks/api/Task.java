package dev.relacja.tasks.api;

import java.time.Instant;
import java.util.List;

/**
 * An activity or a task as stored. Operators appear by login ({@code owner}, {@code delegatedBy}); the
 * percent done of a task with sub-tasks is derived from them unless {@code percentManual}.
 * {@code overdue} is true for an open task past its deadline at the time it was read.
 */
public record Task(
        long id,
        String title,
        String description,
        String type,
        boolean activity,
        Long counterpartyId,
        Long contactPersonId,
        String owner,
        String delegatedBy,
        Priority priority,
        String stage,
        TaskStatus status,
        int percentDone,
        boolean percentManual,
        Instant start,
        Instant deadline,
        Instant completedAt,
        String thread,
        List<String> tags,
        Long parentId,
        long rootId,
        int depth,
        int openSubtasks,
        boolean overdue,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {
    public Task {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
