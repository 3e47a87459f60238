package dev.relacja.mailbox.impl.outbound;

import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.files.FileService;
import dev.relacja.mailbox.impl.account.AccountSettings;
import dev.relacja.mailbox.impl.persistence.OutboxItem;
import dev.relacja.mailbox.impl.persistence.OutboxStore;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one account's outbox: claims due messages (as many as the account's pace allows, at most 50), sends each
 * on the kept SMTP connection, records a failure at once — retried later with doubling backoff (4xx, server
 * down), or failed with the reason (5xx, or retries ran out) — and what the server accepted in one commit for
 * the claim. When the server cannot be reached the rest of the
 * claim goes back untouched. Then sent messages are copied to the IMAP Sent folder. A crash leaves claimed
 * messages SENDING; {@link #recover()} queues them again on the next start.
 */
public final class OutboxSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int CLAIM = 50;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(30);

    private final AccountSettings account;
    private final OutboxStore outbox;
    private final FileService files;
    private final DomainEvents events;
    private final Clock clock;
    private final SendPace pace;
    private final SmtpConnection smtp;
    private final SentFolderCopy sentCopy;

    public OutboxSender(AccountSettings account, OutboxStore outbox, FileService files, DomainEvents events, Clock clock) {
        this.account = account;
        this.outbox = outbox;
        this.files = files;
        this.events = events;
        this.clock = clock;
        this.pace = new SendPace(account.sendsPerMinute(), clock);
        this.smtp = new SmtpConnection(account, clock);
        this.sentCopy = account.keepsSentCopies() ? new SentFolderCopy(account, files) : null;
    }

    /** Puts back in the queue what a crash left being sent; they go again with the same Message-ID. */
    public int recover() {
        int requeued = outbox.requeueInterrupted(account.name());
        if (requeued > 0) {
            LOG.warn("Account {}: {} message(s) were being sent when Relacja stopped; they are sent again with the same "
                    + "Message-ID (a receiver may get one of them twice)", account.name(), requeued);
        }
        return requeued;
    }

    /** Sends what is due and allowed now; answers how many the server accepted. */
    public synchronized int drain() {
        int sent = 0;
        boolean reachable = true;
        while (reachable) {
            int allowed = pace.available(CLAIM);
            List<OutboxItem> claimed = allowed == 0 ? List.of() : outbox.claim(account.name(), allowed);
            if (claimed.isEmpty()) {
                break;
            }
            List<Long> accepted = new ArrayList<>(claimed.size());
            try {
                for (OutboxItem item : claimed) {
                    if (!reachable || !pace.tryTake()) {
                        outbox.release(item.id());
                        continue;
                    }
                    MimeMessage message;
                    try {
                        message = OutgoingMime.build(smtp.session(), item, files);
                    } catch (MessagingException | RuntimeException e) {
                        // its file could not be read: this message waits, the server is not to blame
                        failed(item, new SendFailure(0, "the message cannot be built: " + e.getMessage()));
                        continue;
                    }
                    try {
                        smtp.send(message, OutgoingMime.envelope(item));
                        accepted.add(item.id());
                    } catch (MessagingException e) {
                        reachable = failed(item, SendFailure.of(e));
                    }
                }
            } finally {
                record(accepted);
            }
            sent += accepted.size();
        }
        copySent();
        return sent;
    }

    /** Records what the server accepted in one commit, then tells listeners. */
    private void record(List<Long> accepted) {
        outbox.sent(accepted, sentCopy != null);
        for (Long id : accepted) {
            events.publishAfterCommit("mailbox", "SENT", Map.of("id", id, "account", account.name()));
        }
    }

    /** Records a failed attempt; answers whether the server can still be talked to. */
    private boolean failed(OutboxItem item, SendFailure failure) {
        Instant now = clock.instant();
        int attempts = item.attempts() + 1;
        if (failure.permanent()) {
            outbox.failed(item.id(), failure.reason());
            LOG.warn("Account {}: message {} failed for good: {}", account.name(), item.id(), failure.reason());
            return true;
        }
        if (item.queuedAt().plus(Duration.ofHours(account.retryHours())).isBefore(now)) {
            outbox.failed(item.id(), "gave up after " + attempts + " attempts in " + account.retryHours() + " hours: "
                    + failure.reason());
            return failure.serverAnswered();
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
        outbox.retryLater(item.id(), failure.reason(), now.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait));
        LOG.info("Account {}: message {} not sent ({}); attempt {} failed, next in {}", account.name(), item.id(),
                failure.reason(), attempts, wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait);
        return failure.serverAnswered();
    }

    private void copySent() {
        if (sentCopy == null) {
            return;
        }
        try {
            sentCopy.appendAll(outbox.pendingCopies(account.name(), CLAIM), outbox::copied);
        } catch (MessagingException e) {
            LOG.warn("Account {}: copying sent messages to the IMAP folder {} failed; the next round tries again: {}",
                    account.name(), account.sentFolder(), e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        smtp.close();
        if (sentCopy != null) {
            sentCopy.close();
        }
    }
}
