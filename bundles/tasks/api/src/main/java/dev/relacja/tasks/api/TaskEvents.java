package dev.relacja.tasks.api;

/**
 * The events the tasks module posts on EventAdmin after commit, on topics
 * {@code dev/relacja/tasks/<EVENT>}, with the task's {@code id}, the acting {@code operator} and the
 * task's {@code owner} as properties.
 */
public final class TaskEvents {
    public static final String MODULE = "tasks";
    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String DELEGATED = "DELEGATED";
    public static final String REASSIGNED = "REASSIGNED";
    public static final String PROGRESSED = "PROGRESSED";
    public static final String COMPLETED = "COMPLETED";
    public static final String REOPENED = "REOPENED";
    /** Event property: the owner's login after the change. */
    public static final String OWNER = "owner";

    private TaskEvents() {
    }
}
