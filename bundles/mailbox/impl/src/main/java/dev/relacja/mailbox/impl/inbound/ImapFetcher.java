package dev.relacja.mailbox.impl.inbound;

import dev.relacja.mailbox.api.FetchReport;
import dev.relacja.mailbox.impl.account.AccountSettings;
import dev.relacja.mailbox.impl.persistence.InboxStore;
import dev.relacja.mailbox.impl.persistence.SyncPoint;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives one account's IMAP folders by UID: each folder is opened read-only (EXAMINE, so nothing on the server
 * changes — no early SEEN), messages above the stored sync point are fetched whole in batches and handed to the
 * {@link Inbox} one by one, in UID order. A crash anywhere leaves the sync point at the last message stored; the
 * next fetch asks again from there and the inbox recognises what it already has. A new UIDVALIDITY starts the
 * folder from the beginning (Message-IDs keep it from storing anything twice). The connection stays open
 * between polls.
 */
public final class ImapFetcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ImapFetcher.class);
    private static final int BATCH = 100;

    private final AccountSettings account;
    private final Inbox inbox;
    private final InboxStore sync;
    private Store store;

    public ImapFetcher(AccountSettings account, Inbox inbox, InboxStore sync) {
        this.account = account;
        this.inbox = inbox;
        this.sync = sync;
    }

    public synchronized FetchReport fetch() throws MessagingException {
        int[] counts = new int[Inbox.Outcome.values().length];
        Store connected = connected();
        for (String name : account.folders()) {
            IMAPFolder folder = (IMAPFolder) connected.getFolder(name);
            if (!folder.exists()) {
                throw new MessagingException("account " + account.name() + ": the IMAP folder '" + name + "' does not exist");
            }
            folder.open(Folder.READ_ONLY);
            try {
                receive(folder, counts);
            } finally {
                folder.close(false);
            }
        }
        return new FetchReport(account.name(), counts[Inbox.Outcome.STORED.ordinal()],
                counts[Inbox.Outcome.DUPLICATE.ordinal()], counts[Inbox.Outcome.QUARANTINED.ordinal()]);
    }

    private void receive(IMAPFolder folder, int[] counts) throws MessagingException {
        String name = folder.getFullName();
        long validity = folder.getUIDValidity();
        SyncPoint point = sync.syncPoint(account.name(), name).orElse(null);
        if (point != null && point.uidValidity() != validity) {
            LOG.warn("Account {}: folder {} has a new UIDVALIDITY ({} before, {} now); reading it again from the start, "
                    + "known Message-IDs are skipped", account.name(), name, point.uidValidity(), validity);
        }
        long after = point == null || point.uidValidity() != validity ? 0 : point.lastUid();
        Message[] messages = folder.getMessagesByUID(after + 1, UIDFolder.MAXUID);
        FetchProfile whole = new FetchProfile();
        whole.add(UIDFolder.FetchProfileItem.UID);
        whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
        for (int from = 0; from < messages.length; from += BATCH) {
            Message[] batch = Arrays.copyOfRange(messages, from, Math.min(messages.length, from + BATCH));
            folder.fetch(batch, whole);
            for (Message message : batch) {
                long uid = folder.getUID(message);
                // "n:*" also answers the highest message when it is below n
                if (uid > after) {
                    counts[receive(name, validity, uid, raw(message)).ordinal()]++;
                }
            }
        }
    }

    private Inbox.Outcome receive(String folder, long validity, long uid, byte[] raw) {
        try {
            return inbox.receive(account, folder, validity, uid, raw);
        } catch (RuntimeException e) {
            LOG.warn("Account {}: message UID {} in {} could not be stored; it goes to the quarantine", account.name(),
                    uid, folder, e);
            inbox.quarantine(account, folder, validity, uid, raw, "could not be stored: " + e.getMessage());
            return Inbox.Outcome.QUARANTINED;
        }
    }

    private static byte[] raw(Message message) throws MessagingException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, message.getSize()));
        try {
            message.writeTo(bytes);
        } catch (IOException e) {
            throw new MessagingException("reading message " + message.getMessageNumber() + " failed", e);
        }
        return bytes.toByteArray();
    }

    private Store connected() throws MessagingException {
        if (store == null || !store.isConnected()) {
            close();
            AccountSettings.Server imap = account.imap();
            Store fresh = Session.getInstance(account.imapProperties()).getStore(account.imapProtocol());
            try {
                fresh.connect(imap.host(), imap.port(), imap.user(), imap.password());
            } catch (MessagingException e) {
                throw new MessagingException("account " + account.name() + ": cannot sign in to IMAP " + imap + ": "
                        + e.getMessage());
            }
            store = fresh;
        }
        return store;
    }

    @Override
    public synchronized void close() {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException e) {
                LOG.debug("Account {}: closing the IMAP connection failed", account.name(), e);
            }
            store = null;
        }
    }
}
