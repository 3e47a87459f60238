package dev.relacja.core.api.error;

/** An update did not say which version it changes. Edges answer 428. */
public class PreconditionRequiredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
