package dev.relacja.mailbox.impl.outbound;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Why a send failed, and whether trying later can help: the server's 5xx answers are final, its 4xx answers and
 * everything short of an answer (down, timeout, TLS, sign-in) are worth another attempt. {@code code} is 0 when the
 * server gave none.
 */
record SendFailure(int code, String reason) {

    static SendFailure of(MessagingException e) {
        int code = replyCode(e);
        return new SendFailure(code, describe(e, code));
    }

    boolean permanent() {
        return code >= 500 && code < 600;
    }

    /** Whether the server answered about this message (and may take the next); 421 is the server closing. */
    boolean serverAnswered() {
        return code > 0 && code != 421;
    }

    private static int replyCode(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SMTPSendFailedException s) {
                return s.getReturnCode();
            }
            if (t instanceof SMTPAddressFailedException a) {
                return a.getReturnCode();
            }
        }
        return 0;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String describe(MessagingException e, int code) {
        StringBuilder text = new StringBuilder();
        if (code > 0) {
            text.append("the server answered ").append(code).append(": ");
        }
        text.append(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip());
        if (e instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0) {
            text.append(" (refused: ");
            for (int i = 0; i < failed.getInvalidAddresses().length; i++) {
                text.append(i == 0 ? "" : ", ").append(failed.getInvalidAddresses()[i]);
            }
            text.append(')');
        }
        Throwable cause = next(e);
        if (code == 0 && cause != null && cause.getMessage() != null) {
            text.append(" (").append(cause.getMessage().strip()).append(')');
        }
        return text.toString();
    }
}
