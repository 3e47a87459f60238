package dev.relacja.tasks.api;

import java.time.Instant;

/**
 * Filters of a task list; every field is optional. {@code team} narrows to the caller and everyone
 * they supervise; {@code from}/{@code to} bound the deadline; {@code text} matches title and description.
 * {@code sort} is one of {@link #SORTS}, {@code -} in front for descending.
 */
public record TaskQuery(
        String owner,
        boolean team,
        Long counterpartyId,
        String type,
        String stage,
        Priority priority,
        TaskStatus status,
        Instant from,
        Instant to,
        Boolean overdue,
        String thread,
        String tag,
        String text,
        Long parentId,
        boolean topLevel,
        String sort) {

    public static final String SORTS = "deadline, start, priority, created, updated, title";
    public static final TaskQuery ALL = builder().build();

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a query one filter at a time. */
    public static final class Builder {
        private String owner;
        private boolean team;
        private Long counterpartyId;
        private String type;
        private String stage;
        private Priority priority;
        private TaskStatus status;
        private Instant from;
        private Instant to;
        private Boolean overdue;
        private String thread;
        private String tag;
        private String text;
        private Long parentId;
        private boolean topLevel;
        private String sort;

        public Builder owner(String value) { owner = value; return this; }
        public Builder team(boolean value) { team = value; return this; }
        public Builder counterparty(Long value) { counterpartyId = value; return this; }
        public Builder type(String value) { type = value; return this; }
        public Builder stage(String value) { stage = value; return this; }
        public Builder priority(Priority value) { priority = value; return this; }
        public Builder status(TaskStatus value) { status = value; return this; }
        public Builder deadlineFrom(Instant value) { from = value; return this; }
        public Builder deadlineTo(Instant value) { to = value; return this; }
        public Builder overdue(Boolean value) { overdue = value; return this; }
        public Builder thread(String value) { thread = value; return this; }
        public Builder tag(String value) { tag = value; return this; }
        public Builder text(String value) { text = value; return this; }
        public Builder parent(Long value) { parentId = value; return this; }
        public Builder topLevel(boolean value) { topLevel = value; return this; }
        public Builder sort(String value) { sort = value; return this; }

        public TaskQuery build() {
            return new TaskQuery(owner, team, counterpartyId, type, stage, priority, status, from, to, overdue,
                    thread, tag, text, parentId, topLevel, sort);
        }
    }
}
