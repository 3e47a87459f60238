package dev.relacja.mailbox.impl.inbound;

/** A received message that cannot be read as MIME; the message says why, for the quarantine. */
public class MalformedMailException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedMailException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
