package dev.relacja.core.api.error;

/** An update named a version that is no longer current: someone else changed the record first. Edges answer 412. */
public class StaleVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleVersionException(String what, Object id, long expected, long actual) {
        super(what + " " + id + " is at version " + actual + ", not " + expected + ": reload it and apply the change again");
    }
}
