package dev.relacja.tasks.impl.persistence;

import dev.relacja.tasks.api.Priority;
import dev.relacja.tasks.api.TaskStatus;
import java.time.Instant;
import java.util.List;

/** A task as the store knows it: operators by id; the service turns them into logins. */
public record StoredTask(
        long id,
        String title,
        String description,
        String type,
        boolean activity,
        Long counterpartyId,
        Long contactPersonId,
        long ownerId,
        Long delegatedById,
        long createdById,
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
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
