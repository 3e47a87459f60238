package dev.relacja.tasks.api;

/** How urgent a task is; lists sort {@link #URGENT} first when ordered by priority. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
