package dev.relacja.tasks.api;

/** Whether a task still needs work: it is {@link #DONE} once it reaches a closing stage of its type. */
public enum TaskStatus {
    OPEN, DONE
}
