package dev.relacja.core.api.error;

/** The change clashes with stored data, e.g. a business key already taken. Edges answer 409. */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field the conflict is about. */
    public String field() {
        return field;
    }
}
