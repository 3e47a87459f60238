package dev.relacja.offers.api;

/**
 * How to e-mail a serial offer's offers, every part optional: {@code account} the mail account (null: the caller's
 * only one), {@code mailTemplate} a mailbox template about offers (null: the built-in {@code offer}),
 * {@code language} {@code pl} or {@code en} (null: the template's Polish text), {@code resend} whether a member
 * that an earlier job e-mailed this offer gets it again.
 */
public record SerialSending(String account, String mailTemplate, String language, boolean resend) {
    public static final SerialSending DEFAULTS = new SerialSending(null, null, null, false);
}
