package dev.relacja.mailbox.impl.persistence;

import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.mailbox.api.MailAddress;
import dev.relacja.mailbox.api.MailAttachment;
import dev.relacja.mailbox.api.MailFolder;
import dev.relacja.mailbox.api.MailStatus;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The outbox: queued messages, claimed for sending, then sent, retried later or given up on; and the copies still
 * to append to the account's IMAP Sent folder. A message's Message-ID and reply token are fixed when it is queued.
 */
@Component(service = OutboxStore.class)
public class OutboxStore {
    private static final String TOKEN_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int TOKEN_LENGTH = 16;
    static final short COPY_PENDING = 1;
    static final short COPY_DONE = 2;

    private final JpaTemplate jpa;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Activate
    public OutboxStore(@Reference(target = "(osgi.unit.name=relacja-mailbox)") JpaTemplate jpa,
            @Reference MailboxSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    private OutboxStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** A store outside OSGi (tests), over a migrated database. */
    public static OutboxStore over(JpaTemplate jpa, Clock clock) {
        return new OutboxStore(jpa, clock);
    }

    /** Queues the message in the caller's transaction, if any; answers its id. */
    public long queue(NewOutgoing mail) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Instant now = clock.instant();
            MailMessageEntity e = new MailMessageEntity(mail.account(), MailFolder.OUTBOX, MailStatus.QUEUED, now,
                    mail.actor());
            String token = token();
            e.replyToken = token;
            // a keyed message's ID starts with its key, and keeps the token: an outsider cannot guess it
            e.messageId = "<" + (mail.sendKey() == null ? "relacja" : mail.sendKey()) + "." + token + "@"
                    + mail.messageIdDomain() + ">";
            e.sendKey = mail.sendKey();
            e.fromAddress = mail.from().address();
            e.fromName = mail.from().name();
            e.toList = AddressLists.format(mail.to());
            e.ccList = AddressLists.format(mail.cc());
            e.bccList = AddressLists.format(mail.bcc());
            e.replyTo = mail.replyAddress() == null ? null : mail.replyAddress().replace("{token}", token);
            e.subject = mail.subject();
            e.bodyText = mail.text();
            e.bodyHtml = mail.html();
            e.inReplyTo = mail.inReplyTo();
            e.refIds = mail.references();
            e.counterpartyId = mail.counterpartyId();
            e.contactPersonId = mail.contactPersonId();
            e.nextAttemptAt = now;
            e.index();
            em.persist(e);
            em.flush();
            e.threadId = mail.threadId() == null ? e.id : mail.threadId();
            MessageRows.addRecords(em, e.id, mail.records());
            MessageRows.addAttachments(em, e.id, mail.attachments());
            return e.id;
        });
    }

    /** The message queued with this send key, if any. */
    public Optional<Long> keyed(String sendKey) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "select m.id from MailMessageEntity m where m.sendKey = :key", Long.class)
                .setParameter("key", sendKey).getResultStream().findFirst());
    }

    private String token() {
        StringBuilder token = new StringBuilder(TOKEN_LENGTH);
        for (int i = 0; i < TOKEN_LENGTH; i++) {
            token.append(TOKEN_ALPHABET.charAt(random.nextInt(TOKEN_ALPHABET.length())));
        }
        return token.toString();
    }

    /** Marks up to {@code limit} due messages of the account as being sent and answers them, oldest first. */
    public List<OutboxItem> claim(String account, int limit) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<MailMessageEntity> due = em.createQuery("select m from MailMessageEntity m where m.status = :queued"
                            + " and m.nextAttemptAt <= :now and m.accountKey = :k and m.account = :a"
                            + " order by m.nextAttemptAt, m.id", MailMessageEntity.class)
                    .setParameter("a", account).setParameter("k", MailMessageEntity.accountKey(account))
                    .setParameter("queued", MailStatus.QUEUED)
                    .setParameter("now", clock.instant()).setMaxResults(limit).getResultList();
            if (due.isEmpty()) {
                return List.of();
            }
            List<Long> ids = due.stream().map(e -> e.id).toList();
            em.createQuery("update MailMessageEntity m set m.status = :sending, m.version = m.version + 1"
                            + " where m.id in :ids")
                    .setParameter("sending", MailStatus.SENDING).setParameter("ids", ids).executeUpdate();
            Map<Long, List<MailAttachment>> files = MessageRows.attachments(em, ids);
            List<OutboxItem> items = new ArrayList<>(due.size());
            for (MailMessageEntity e : due) {
                items.add(item(e, files.getOrDefault(e.id, List.of())));
            }
            return items;
        });
    }

    /** Gives back a claimed message that was not tried (the server went away or the pace ran out). */
    public void release(long id) {
        jpa.tx(TransactionType.Required, em -> load(em, id).status = MailStatus.QUEUED);
    }

    /** Messages left SENDING by a crash go back to the queue: the server may have them, so they go again with the same Message-ID. */
    public int requeueInterrupted(String account) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("update MailMessageEntity m set m.status = :queued,"
                        + " m.version = m.version + 1 where m.status = :sending and m.accountKey = :k and m.account = :a")
                .setParameter("queued", MailStatus.QUEUED).setParameter("sending", MailStatus.SENDING)
                .setParameter("k", MailMessageEntity.accountKey(account)).setParameter("a", account).executeUpdate());
    }

    /**
     * The server accepted them: they move to Sent, and a copy is due in the IMAP Sent folder when the account keeps
     * one. One statement for a round's messages; a crash before it commits sends them again with the same Message-ID.
     */
    public void sent(List<Long> ids, boolean copyToImap) {
        if (ids.isEmpty()) {
            return;
        }
        jpa.tx(TransactionType.Required, em -> em.createQuery("update MailMessageEntity m set m.folder = :sentFolder,"
                        + " m.status = :sent, m.attempts = m.attempts + 1, m.sentAt = :now, m.nextAttemptAt = null,"
                        + " m.lastError = null, m.sentCopy = :copy, m.version = m.version + 1 where m.id in :ids")
                .setParameter("sentFolder", MailFolder.SENT).setParameter("sent", MailStatus.SENT)
                .setParameter("now", clock.instant()).setParameter("copy", copyToImap ? Short.valueOf(COPY_PENDING) : null)
                .setParameter("ids", ids).executeUpdate());
    }

    public void retryLater(long id, String error, Instant next) {
        jpa.tx(TransactionType.Required, em -> {
            MailMessageEntity e = load(em, id);
            e.status = MailStatus.QUEUED;
            e.attempts++;
            e.nextAttemptAt = next;
            e.lastError = MailMessageEntity.truncate(error, MailMessageEntity.MAX_ERROR);
        });
    }

    public void failed(long id, String error) {
        jpa.tx(TransactionType.Required, em -> {
            MailMessageEntity e = load(em, id);
            e.status = MailStatus.FAILED;
            e.attempts++;
            e.nextAttemptAt = null;
            e.lastError = MailMessageEntity.truncate(error, MailMessageEntity.MAX_ERROR);
        });
    }

    /** Puts a failed message back in the queue from the start. */
    public void requeueFailed(long id) {
        jpa.tx(TransactionType.Required, em -> {
            MailMessageEntity e = load(em, id);
            if (e.status != MailStatus.FAILED) {
                throw new ConflictException("status", "message " + id + " is " + e.status.name().toLowerCase(Locale.ROOT)
                        + "; only a failed message is sent again");
            }
            e.status = MailStatus.QUEUED;
            e.attempts = 0;
            e.occurredAt = clock.instant();
            e.nextAttemptAt = e.occurredAt;
        });
    }

    /** Sent messages of the account whose copy is not yet in its IMAP Sent folder, oldest first. */
    public List<OutboxItem> pendingCopies(String account, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select m from MailMessageEntity m"
                        + " where m.sentCopy = :pending and m.accountKey = :k and m.account = :a order by m.id",
                        MailMessageEntity.class)
                .setParameter("pending", COPY_PENDING).setParameter("k", MailMessageEntity.accountKey(account))
                .setParameter("a", account).setMaxResults(limit)
                .getResultList().stream().map(e -> item(e, MessageRows.attachments(em, e.id))).toList());
    }

    public void copied(long id) {
        jpa.tx(TransactionType.Required, em -> load(em, id).sentCopy = COPY_DONE);
    }

    private static OutboxItem item(MailMessageEntity e, List<MailAttachment> attachments) {
        return new OutboxItem(e.id, e.account, e.messageId, new MailAddress(e.fromAddress, e.fromName),
                AddressLists.parse(e.toList), AddressLists.parse(e.ccList), AddressLists.parse(e.bccList),
                e.replyTo == null ? null : AddressLists.parse(e.replyTo).get(0), e.subject, e.bodyText, e.bodyHtml,
                e.inReplyTo, e.refIds, e.occurredAt, e.attempts, attachments);
    }

    private static MailMessageEntity load(EntityManager em, long id) {
        MailMessageEntity e = em.find(MailMessageEntity.class, id);
        if (e == null) {
            throw new NotFoundException("Message", id);
        }
        return e;
    }
}
