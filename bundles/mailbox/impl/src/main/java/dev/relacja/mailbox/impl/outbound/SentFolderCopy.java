package dev.relacja.mailbox.impl.outbound;

import dev.relacja.core.api.files.FileService;
import dev.relacja.mailbox.impl.account.AccountSettings;
import dev.relacja.mailbox.impl.persistence.OutboxItem;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.MessageIDTerm;
import java.util.List;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends sent messages to the account's IMAP Sent folder (created when missing), marked seen, as they went out.
 * A copy an interrupted earlier attempt already appended is found by its Message-ID and not appended twice.
 */
final class SentFolderCopy implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SentFolderCopy.class);

    private final AccountSettings account;
    private final FileService files;
    private final Session session;
    private Store store;

    SentFolderCopy(AccountSettings account, FileService files) {
        this.account = account;
        this.files = files;
        this.session = Session.getInstance(account.imapProperties());
    }

    /**
     * Appends each message unless the folder has it already, opening the folder once for all of them; tells
     * {@code copied} of each as it is there. Stops at the first failure (the rest wait for the next round).
     */
    void appendAll(List<OutboxItem> items, LongConsumer copied) throws MessagingException {
        if (items.isEmpty()) {
            return;
        }
        try {
            Folder folder = connected().getFolder(account.sentFolder());
            if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
                throw new MessagingException("the IMAP folder '" + account.sentFolder() + "' cannot be created");
            }
            folder.open(Folder.READ_WRITE);
            try {
                for (OutboxItem item : items) {
                    if (folder.search(new MessageIDTerm(item.messageId())).length == 0) {
                        MimeMessage message = OutgoingMime.build(session, item, files);
                        message.setFlag(Flags.Flag.SEEN, true);
                        folder.appendMessages(new Message[] {message});
                    }
                    copied.accept(item.id());
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private Store connected() throws MessagingException {
        if (store == null || !store.isConnected()) {
            AccountSettings.Server imap = account.imap();
            Store fresh = session.getStore(account.imapProtocol());
            fresh.connect(imap.host(), imap.port(), imap.user(), imap.password());
            store = fresh;
        }
        return store;
    }

    @Override
    public void close() {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException e) {
                LOG.debug("Account {}: closing the IMAP connection for Sent failed", account.name(), e);
            }
            store = null;
        }
    }
}
