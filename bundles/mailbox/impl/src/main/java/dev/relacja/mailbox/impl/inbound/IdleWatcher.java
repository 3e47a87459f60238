package dev.relacja.mailbox.impl.inbound;

import dev.relacja.mailbox.impl.account.AccountSettings;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits, in IMAP IDLE on a connection of its own, for the server to announce a change in the account's first
 * folder, so the fetcher can receive it at once instead of at the next poll. It only wakes the fetcher: what is
 * received, and exactly once, stays the fetcher's business, and the poll goes on beside it. A server without IDLE
 * is told once in the log and then left to the poll; a connection that fails is tried again after a pause.
 */
public final class IdleWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IdleWatcher.class);
    /** How long one IDLE may last before the connection is renewed (RFC 2177: at most 29 minutes). */
    static final int IDLE_MINUTES = 25;
    private static final Duration MAX_PAUSE = Duration.ofMinutes(1);

    /** What one wait came to. */
    public enum Wake {
        /** The server announced a change, or the IDLE ended: receive now. */
        CHANGED,
        /** Nothing to do this round: the server has no IDLE, the watcher is pausing after a failure, or it was closed. */
        IDLE_UNAVAILABLE
    }

    private final AccountSettings account;
    private final Clock clock;
    private final Duration pause;
    private Store store;
    private volatile IMAPFolder watched;
    private volatile boolean closed;
    private boolean unsupported;
    private Instant retryAt = Instant.MIN;
    private boolean failing;

    public IdleWatcher(AccountSettings account, Clock clock) {
        this.account = account;
        this.clock = clock;
        Duration poll = Duration.ofSeconds(account.pollSeconds());
        this.pause = poll.compareTo(MAX_PAUSE) < 0 ? poll : MAX_PAUSE;
    }

    /** Blocks until the server reports a change in the first folder (or the IDLE ends), at most {@value #IDLE_MINUTES} minutes. */
    public Wake await() {
        IMAPFolder folder;
        synchronized (this) {
            if (closed || unsupported || clock.instant().isBefore(retryAt)) {
                return Wake.IDLE_UNAVAILABLE;
            }
            try {
                folder = openFolder();
            } catch (MessagingException e) {
                failed("cannot watch with IMAP IDLE", e);
                return Wake.IDLE_UNAVAILABLE;
            }
            if (folder == null) {
                return Wake.IDLE_UNAVAILABLE;
            }
            watched = folder;
        }
        try {
            folder.idle(true);
            recovered();
        } catch (MessagingException | IllegalStateException e) {
            // the read timed out (the server stayed silent for the whole IDLE), the server ended it, or close()
            LOG.debug("Mail {}: IMAP IDLE ended: {}", account.name(), e.getMessage());
            synchronized (this) {
                closeStore();
            }
        } finally {
            watched = null;
            closeQuietly(folder);
        }
        return closed ? Wake.IDLE_UNAVAILABLE : Wake.CHANGED;
    }

    /** Whether a wait is in progress (or about to begin): for tests. */
    boolean watching() {
        return watched != null;
    }

    private synchronized void recovered() {
        if (failing) {
            LOG.info("Mail {}: IMAP IDLE works again", account.name());
            failing = false;
        }
    }

    /** The first folder, open on the IDLE connection; null when the server has no IDLE. */
    private IMAPFolder openFolder() throws MessagingException {
        if (store == null || !store.isConnected()) {
            closeStore();
            AccountSettings.Server imap = account.imap();
            Store fresh = Session.getInstance(account.idleProperties(IDLE_MINUTES)).getStore(account.imapProtocol());
            fresh.connect(imap.host(), imap.port(), imap.user(), imap.password());
            store = fresh;
        }
        if (!((IMAPStore) store).hasCapability("IDLE")) {
            LOG.warn("Mail {}: the IMAP server does not offer IDLE; the account is polled every {} s", account.name(),
                    account.pollSeconds());
            unsupported = true;
            closeStore();
            return null;
        }
        IMAPFolder folder = (IMAPFolder) store.getFolder(account.folders().get(0));
        folder.open(Folder.READ_ONLY);
        return folder;
    }

    private void failed(String what, MessagingException e) {
        closeStore();
        retryAt = clock.instant().plus(pause);
        if (!failing) {
            // said once per outage; the poll reports receiving problems of its own
            LOG.warn("Mail {}: {} ({}); trying again every {} s", account.name(), what, e.getMessage(), pause.toSeconds());
            failing = true;
        }
    }

    /**
     * Ends a wait in progress and disconnects: a command from another thread makes Jakarta Mail send DONE, and closing
     * the connection ends a wait that had not quite begun.
     */
    @Override
    public void close() {
        closed = true;
        IMAPFolder folder = watched;
        if (folder != null) {
            try {
                folder.doCommand(protocol -> {
                    protocol.simpleCommand("NOOP", null);
                    return null;
                });
            } catch (MessagingException | IllegalStateException e) {
                LOG.debug("Mail {}: ending IMAP IDLE failed", account.name(), e);
            }
        }
        synchronized (this) {
            closeStore();
        }
    }

    private static void closeQuietly(IMAPFolder folder) {
        try {
            if (folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException | IllegalStateException e) {
            LOG.debug("Closing the IDLE folder failed", e);
        }
    }

    private void closeStore() {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException e) {
                LOG.debug("Mail {}: closing the IDLE connection failed", account.name(), e);
            }
            store = null;
        }
    }
}
