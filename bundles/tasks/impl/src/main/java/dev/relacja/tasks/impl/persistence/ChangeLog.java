package dev.relacja.tasks.impl.persistence;

import dev.relacja.tasks.api.LogKind;

/**
 * Receives the changes an entity makes to itself, so each becomes a log line. Owner changes carry
 * operator ids, which the service shows as logins.
 */
interface ChangeLog {
    ChangeLog IGNORE = (kind, from, to, text) -> {
    };

    /** {@code text} names the field of an {@link LogKind#EDITED} change. */
    void record(LogKind kind, String from, String to, String text);

    default void record(LogKind kind, String from, String to) {
        record(kind, from, to, null);
    }
}
