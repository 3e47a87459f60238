package dev.relacja.core.api.error;

/** No operator is signed in for the current call. Edges answer 401. */
public class NotAuthenticatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException() {
        super("sign in as a Relacja operator first");
    }
}
