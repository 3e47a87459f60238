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
 * received, and exactly once, stays the fetcher's business, and the poll goes on beside it. Each wait starts by
 * comparing the folder's UIDNEXT with the last wait's, so what came in between is not left to the poll. A server
 * without IDLE is told once in the log and then left to the poll; a connection that fails, or an IDLE the server
 * ends with an error, is tried again after a pause. Jakarta Mail ignores read timeouts while in IDLE, so
 * {@link #renewIfOlderThan} ends a long wait from another thread (RFC 2177: at most every 29 minutes), which also
 * finds out a connection that died silently.
 */
public final class IdleWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IdleWatcher.class);
    /** How long one IDLE may last before it is renewed (RFC 2177: at most 29 minutes). */
    public static final Duration MAX_IDLE = Duration.ofMinutes(25);
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
    private volatile Instant idleSince;
    private long lastUidNext = -1;
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

    /** Blocks until the server reports a change in the first folder, or the wait is renewed or ended. */
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
            if (cameSinceLastWait(folder)) {
                closeQuietly(folder);
                return Wake.CHANGED;
            }
            watched = folder;
            idleSince = clock.instant();
        }
        try {
            folder.idle(true);
            recovered();
            return closed ? Wake.IDLE_UNAVAILABLE : Wake.CHANGED;
        } catch (MessagingException | IllegalStateException e) {
            synchronized (this) {
                if (!closed) {
                    failed("IMAP IDLE ended with an error", e);
                }
            }
            return Wake.IDLE_UNAVAILABLE;
        } finally {
            watched = null;
            closeQuietly(folder);
        }
    }

    /** Whether the folder's UIDNEXT moved since the last wait began (not known on the first: the poll starts with a fetch). */
    private boolean cameSinceLastWait(IMAPFolder folder) {
        long uidNext;
        try {
            uidNext = folder.getUIDNext();
        } catch (MessagingException e) {
            return false;
        }
        boolean moved = lastUidNext > 0 && uidNext > 0 && uidNext != lastUidNext;
        lastUidNext = uidNext;
        return moved;
    }

    /**
     * Ends a wait that has lasted longer than {@code age}, so the next one starts afresh on a live connection; called
     * from another thread. A dead connection makes this fail after the account's timeout, which ends the wait too.
     */
    public void renewIfOlderThan(Duration age) {
        Instant since = idleSince;
        if (watched != null && since != null && since.plus(age).isBefore(clock.instant())) {
            abortWait();
        }
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
            Store fresh = Session.getInstance(account.imapProperties()).getStore(account.imapProtocol());
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

    private void failed(String what, Exception e) {
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
        abortWait();
        synchronized (this) {
            closeStore();
        }
    }

    /** Another thread's command on the folder makes Jakarta Mail send DONE and the waiting {@code idle} return. */
    private void abortWait() {
        IMAPFolder folder = watched;
        if (folder != null) {
            try {
                folder.doCommand(protocol -> {
                    protocol.simpleCommand("NOOP", null);
                    return null;
                });
            } catch (MessagingException | IllegalStateException e) {
                LOG.debug("Mail {}: ending an IMAP IDLE failed", account.name(), e);
            }
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
