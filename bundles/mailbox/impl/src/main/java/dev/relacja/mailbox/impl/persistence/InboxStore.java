package dev.relacja.mailbox.impl.persistence;

import dev.relacja.mailbox.api.MailAttachment;
import dev.relacja.mailbox.api.MailFolder;
import dev.relacja.mailbox.api.MailStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Received mail: how far each IMAP folder is stored, the messages by their UID (unique, so storing twice is
 * impossible), the lookups that de-duplicate by Message-ID and thread replies, and the sync point, which moves
 * in the same transaction as the message that completes it.
 */
@Component(service = InboxStore.class)
public class InboxStore {
    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public InboxStore(@Reference(target = "(osgi.unit.name=relacja-mailbox)") JpaTemplate jpa,
            @Reference MailboxSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    private InboxStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** A store outside OSGi (tests), over a migrated database. */
    public static InboxStore over(JpaTemplate jpa, Clock clock) {
        return new InboxStore(jpa, clock);
    }

    public Optional<SyncPoint> syncPoint(String account, String imapFolder) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports,
                        em -> em.find(MailSyncEntity.class, new MailSyncEntity.Key(account, imapFolder))))
                .map(s -> new SyncPoint(s.uidValidity, s.lastUid));
    }

    /** Moves the folder's sync point (never backwards within one UIDVALIDITY). */
    public void advance(String account, String imapFolder, long uidValidity, long uid) {
        jpa.tx(TransactionType.Required, em -> advance(em, account, imapFolder, uidValidity, uid));
    }

    private void advance(EntityManager em, String account, String imapFolder, long uidValidity, long uid) {
        MailSyncEntity sync = em.find(MailSyncEntity.class, new MailSyncEntity.Key(account, imapFolder));
        if (sync == null) {
            sync = new MailSyncEntity(account, imapFolder, uidValidity, clock.instant());
            sync.lastUid = uid;
            em.persist(sync);
            return;
        }
        if (sync.uidValidity != uidValidity) {
            sync.uidValidity = uidValidity;
            sync.lastUid = uid;
        } else {
            sync.lastUid = Math.max(sync.lastUid, uid);
        }
        sync.checkedAt = clock.instant();
    }

    /** The message stored from this UID, if any: its id and whether its files are still being stored. */
    public Optional<StoredUid> byUid(String account, String imapFolder, long uidValidity, long uid) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select m.id, m.incomplete from MailMessageEntity m"
                        + " where m.uidValidity = :v and m.imapUid = :u and m.account = :a and m.imapFolder = :f", Object[].class)
                .setParameter("a", account).setParameter("f", imapFolder).setParameter("v", uidValidity)
                .setParameter("u", uid).getResultList().stream()
                .findFirst().map(row -> new StoredUid((Long) row[0], ((Number) row[1]).intValue() == 1)));
    }

    /** Whether the account already holds a received message with this Message-ID (another folder, an old UIDVALIDITY). */
    public boolean hasReceived(String account, String messageId) {
        return jpa.txExpr(TransactionType.Supports, em -> !em.createQuery("select m.id from MailMessageEntity m"
                        + " where m.messageId = :mid and m.folder = :inbox and m.incomplete = 0 and m.accountKey = :k"
                        + " and m.account = :a", Long.class)
                .setParameter("mid", messageId).setParameter("inbox", MailFolder.INBOX)
                .setParameter("k", MailMessageEntity.accountKey(account)).setParameter("a", account)
                .setMaxResults(1).getResultList().isEmpty());
    }

    /** The thread of the newest stored message (sent or received) among these Message-IDs. */
    public Optional<ThreadMatch> threadOfMessageIds(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select m from MailMessageEntity m"
                        + " where m.messageId in :ids and m.incomplete = 0 order by m.occurredAt desc, m.id desc",
                        MailMessageEntity.class)
                .setParameter("ids", messageIds).setMaxResults(1).getResultList().stream()
                .findFirst().map(m -> match(em, m)));
    }

    /**
     * Marks the account's sent message with this Message-ID as bounced with the reason; answers its id when it was
     * SENT and is now BOUNCED (nothing for a message still in the outbox, failed, or bounced already).
     */
    public Optional<Long> markBounced(String account, String messageId, String reason) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Optional<MailMessageEntity> sent = em.createQuery("select m from MailMessageEntity m where m.messageId = :id"
                            + " and m.accountKey = :key and m.account = :account and m.folder = :sent and m.status = :status",
                            MailMessageEntity.class)
                    .setParameter("id", messageId).setParameter("key", MailMessageEntity.accountKey(account))
                    .setParameter("account", account).setParameter("sent", MailFolder.SENT)
                    .setParameter("status", MailStatus.SENT).getResultStream().findFirst();
            sent.ifPresent(m -> {
                m.status = MailStatus.BOUNCED;
                m.lastError = MailMessageEntity.truncate(reason, MailMessageEntity.MAX_ERROR);
            });
            return sent.map(m -> m.id);
        });
    }

    /** The thread of the message Relacja sent with this reply token. */
    public Optional<ThreadMatch> threadOfToken(String token) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select m from MailMessageEntity m"
                        + " where m.replyToken = :t", MailMessageEntity.class)
                .setParameter("t", token).getResultList().stream().findFirst().map(m -> match(em, m)));
    }

    private static ThreadMatch match(EntityManager em, MailMessageEntity m) {
        return new ThreadMatch(m.threadId, MessageRows.records(em, m.id), m.counterpartyId);
    }

    /**
     * Stores a received (or quarantined) message. Without files to add it is complete at once and the folder's sync
     * point moves with it; otherwise it stays hidden until {@link #complete} (a crash in between leaves the UID to be
     * fetched again, which finds this row and finishes it).
     */
    public long store(NewReceived mail, boolean filesToFollow) {
        return jpa.txExpr(TransactionType.Required, em -> {
            boolean quarantined = mail.quarantineReason() != null;
            MailMessageEntity e = new MailMessageEntity(mail.account(), quarantined ? MailFolder.QUARANTINE : MailFolder.INBOX,
                    quarantined ? MailStatus.QUARANTINED : MailStatus.RECEIVED, clock.instant(), mail.actor());
            e.messageId = MailMessageEntity.truncate(mail.messageId(), 998);
            e.inReplyTo = MailMessageEntity.truncate(mail.inReplyTo(), 998);
            e.refIds = lastPart(mail.references(), MailMessageEntity.MAX_LIST);
            e.fromAddress = mail.from() == null ? null : MailMessageEntity.truncate(mail.from().address(), 320);
            e.fromName = mail.from() == null ? null : MailMessageEntity.truncate(mail.from().name(), 200);
            e.toList = MailMessageEntity.truncate(AddressLists.format(mail.to()), MailMessageEntity.MAX_LIST);
            e.ccList = MailMessageEntity.truncate(AddressLists.format(mail.cc()), MailMessageEntity.MAX_LIST);
            e.replyTo = mail.replyTo() == null ? null : MailMessageEntity.truncate(AddressLists.format(mail.replyTo()), 1000);
            e.subject = MailMessageEntity.truncate(mail.subject(), 1000);
            e.sentAt = mail.receivedAt();
            e.bodyText = mail.text();
            e.bodyHtml = mail.html();
            e.counterpartyId = mail.thread() != null && mail.counterpartyId() == null
                    ? mail.thread().counterpartyId() : mail.counterpartyId();
            e.contactPersonId = mail.contactPersonId();
            e.imapFolder = mail.imapFolder();
            e.uidValidity = mail.uidValidity();
            e.imapUid = mail.uid();
            e.incomplete = (short) (filesToFollow ? 1 : 0);
            e.lastError = MailMessageEntity.truncate(mail.quarantineReason(), MailMessageEntity.MAX_ERROR);
            e.index();
            em.persist(e);
            em.flush();
            e.threadId = mail.thread() == null ? e.id : mail.thread().threadId();
            if (mail.thread() != null) {
                MessageRows.addRecords(em, e.id, mail.thread().records());
            }
            if (!filesToFollow) {
                advance(em, mail.account(), mail.imapFolder(), mail.uidValidity(), mail.uid());
            }
            return e.id;
        });
    }

    /** Records a stored message's files and shows it; the folder's sync point moves with it. */
    public void complete(long id, List<MailAttachment> files) {
        jpa.tx(TransactionType.Required, em -> {
            MailMessageEntity e = em.find(MailMessageEntity.class, id);
            em.createQuery("delete from MailAttachmentEntity a where a.messageId = :m").setParameter("m", id).executeUpdate();
            MessageRows.addAttachments(em, id, files);
            e.incomplete = 0;
            advance(em, e.account, e.imapFolder, e.uidValidity, e.imapUid);
        });
    }

    private static String lastPart(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(value.length() - max);
    }

    /** A received message's row: its id, and whether its files are still to be stored. */
    public record StoredUid(long id, boolean incomplete) {
    }
}
