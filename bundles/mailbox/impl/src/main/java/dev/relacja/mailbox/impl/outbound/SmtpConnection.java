package dev.relacja.mailbox.impl.outbound;

import dev.relacja.mailbox.impl.account.AccountSettings;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SMTP connection kept open across messages (camel-mail opens one per message, which costs a TLS handshake
 * and a sign-in each). After a quiet spell it is checked with NOOP before use, because servers drop idle
 * connections; any failure closes it and the next send connects afresh.
 */
final class SmtpConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpConnection.class);
    private static final Duration QUIET = Duration.ofSeconds(20);

    private final AccountSettings account;
    private final Session session;
    private final Clock clock;
    private Transport transport;
    private Instant lastUsed = Instant.MIN;

    SmtpConnection(AccountSettings account, Clock clock) {
        this.account = account;
        this.session = Session.getInstance(account.smtpProperties());
        this.clock = clock;
    }

    Session session() {
        return session;
    }

    void send(MimeMessage message, Address[] recipients) throws MessagingException {
        try {
            connected().sendMessage(message, recipients);
            lastUsed = clock.instant();
        } catch (MessagingException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private Transport connected() throws MessagingException {
        if (transport != null && lastUsed.plus(QUIET).isBefore(clock.instant()) && !transport.isConnected()) {
            close();
        }
        if (transport == null) {
            AccountSettings.Server smtp = account.smtp();
            Transport fresh = session.getTransport(account.smtpProtocol());
            fresh.connect(smtp.host(), smtp.port(), smtp.user(), smtp.password());
            transport = fresh;
        }
        return transport;
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.debug("Account {}: closing the SMTP connection failed", account.name(), e);
            }
            transport = null;
        }
    }
}
