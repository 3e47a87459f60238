package dev.relacja.tasks.api;

/** One step of a type's workflow, e.g. {@code in-progress}; reaching a {@code closing} stage completes the task. */
public record Stage(String code, String name, boolean closing) {
}
