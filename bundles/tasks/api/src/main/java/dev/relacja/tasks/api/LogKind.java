package dev.relacja.tasks.api;

/** What a log entry records. */
public enum LogKind {
    CREATED, EDITED, STAGE, PERCENT, OWNER, MOVED, WORK, COMMENT, COMPLETED, REOPENED
}
