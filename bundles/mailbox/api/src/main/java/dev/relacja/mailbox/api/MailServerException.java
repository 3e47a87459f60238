package dev.relacja.mailbox.api;

/** A mail server could not be reached, refused the sign-in or failed; the message says which account and why. */
public class MailServerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MailServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
