package dev.relacja.core.api.error;

/** The caller is known but lacks the role or supervision the action needs. Edges answer 403. */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
