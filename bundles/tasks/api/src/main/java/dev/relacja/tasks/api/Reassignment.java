package dev.relacja.tasks.api;

import java.util.List;

/**
 * A supervisor's bulk reassignment: the open tasks of {@code from} (all of them, or only {@code taskIds})
 * go to {@code to}, e.g. while {@code from} is absent.
 */
public record Reassignment(String from, String to, List<Long> taskIds) {
    public Reassignment {
        taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
    }
}
