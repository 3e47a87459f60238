package dev.relacja.tasks.impl.persistence;

import dev.relacja.tasks.api.Priority;
import dev.relacja.tasks.api.Stage;
import dev.relacja.tasks.api.TaskType;
import java.time.Instant;
import java.util.List;

/**
 * A validated draft with everything resolved: the type and stage looked up, operators as ids.
 * {@code percentDone} null means "derive it from the sub-tasks".
 */
public record TaskFields(
        String title,
        String description,
        TaskType type,
        Long counterpartyId,
        Long contactPersonId,
        long ownerId,
        Priority priority,
        Stage stage,
        Integer percentDone,
        Instant start,
        Instant deadline,
        String thread,
        List<String> tags,
        Long parentId) {
}
