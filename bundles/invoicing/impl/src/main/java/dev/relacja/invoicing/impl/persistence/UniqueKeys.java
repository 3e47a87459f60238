package dev.relacja.invoicing.impl.persistence;

import dev.relacja.core.api.error.ConflictException;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

/** Writes that claim a unique key, checked first by the store and backed by a constraint. */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    /**
     * Writes the change; a constraint violation means another save took the key between the store's check and
     * this write, which is a conflict to report, not a server error.
     */
    public static void flush(EntityManager em, Supplier<ConflictException> conflict) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                    throw conflict.get();
                }
            }
            throw e;
        }
    }
}
