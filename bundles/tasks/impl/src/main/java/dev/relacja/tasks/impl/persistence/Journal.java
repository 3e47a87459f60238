package dev.relacja.tasks.impl.persistence;

import dev.relacja.tasks.api.LogKind;
import java.time.Instant;
import javax.persistence.EntityManager;

/** Writes the log lines of one transaction: one actor, one moment. */
final class Journal {
    private final EntityManager em;
    private final long actorId;
    private final Instant now;

    Journal(EntityManager em, long actorId, Instant now) {
        this.em = em;
        this.actorId = actorId;
        this.now = now;
    }

    /** The change log of one task, for its entity to report its own changes to. */
    ChangeLog of(long taskId) {
        return (kind, from, to, text) -> add(taskId, kind, from, to, null, text);
    }

    void add(long taskId, LogKind kind, String from, String to, String text) {
        add(taskId, kind, from, to, null, text);
    }

    void add(long taskId, LogKind kind, String from, String to, Integer minutes, String text) {
        em.persist(new LogEntryEntity(taskId, now, actorId, kind, from, to, minutes, text));
    }
}
