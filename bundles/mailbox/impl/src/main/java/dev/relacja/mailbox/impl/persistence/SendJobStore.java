package dev.relacja.mailbox.impl.persistence;

import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.mailbox.api.MailStatus;
import dev.relacja.mailbox.api.SendItemStatus;
import dev.relacja.mailbox.api.SendJob;
import dev.relacja.mailbox.api.SendJobItem;
import dev.relacja.mailbox.api.SendJobStatus;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
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

/** Send jobs and their items in {@code mail_send_job} and {@code mail_send_item}; callers checked roles and input. */
@Component(service = SendJobStore.class)
public class SendJobStore {
    private static final int MAX_REASON = 1000;

    private final JpaTemplate jpa;
    private final Clock clock;

    /** A job as the runner needs it. */
    public record JobSpec(long id, String account, String template, String language, String recordType,
            boolean resend, String createdBy) {
    }

    /** An item waiting to be prepared. */
    public record PendingItem(long id, long recordId) {
    }

    @Activate
    public SendJobStore(@Reference(target = "(osgi.unit.name=relacja-mailbox)") JpaTemplate jpa,
            @Reference MailboxSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    private SendJobStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** A store outside OSGi (tests), over a migrated database. */
    public static SendJobStore over(JpaTemplate jpa, Clock clock) {
        return new SendJobStore(jpa, clock);
    }

    public SendJob create(String name, String account, String template, String language, String recordType,
            List<Long> recordIds, boolean resend, String createdBy) {
        return jpa.txExpr(TransactionType.Required, em -> {
            SendJobEntity job = new SendJobEntity();
            job.name = name;
            job.account = account;
            job.template = template;
            job.language = language;
            job.recordType = recordType;
            job.status = SendJobStatus.RUNNING;
            job.resend = (short) (resend ? 1 : 0);
            job.createdBy = createdBy;
            job.createdAt = clock.instant();
            em.persist(job);
            em.flush();
            int position = 0;
            for (long recordId : recordIds) {
                em.persist(new SendItemEntity(job.id, position++, recordType, recordId));
            }
            em.flush();
            return view(em, job);
        });
    }

    public List<SendJob> list() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select j from SendJobEntity j order by j.createdAt desc, j.id desc", SendJobEntity.class)
                .getResultStream().map(j -> view(em, j)).toList());
    }

    public Optional<SendJob> find(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(SendJobEntity.class, id))
                .map(j -> view(em, j)));
    }

    public Page<SendJobItem> items(long jobId, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<SendItemEntity> rows = em.createQuery("select i from SendItemEntity i where i.jobId = :job"
                    + " order by i.position", SendItemEntity.class).setParameter("job", jobId)
                    .setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList();
            long total = em.createQuery("select count(i) from SendItemEntity i where i.jobId = :job", Long.class)
                    .setParameter("job", jobId).getSingleResult();
            Map<Long, MailStatus> statuses = new HashMap<>();
            List<Long> messageIds = rows.stream().map(i -> i.messageId).filter(id -> id != null).toList();
            if (!messageIds.isEmpty()) {
                em.createQuery("select m.id, m.status from MailMessageEntity m where m.id in :ids", Object[].class)
                        .setParameter("ids", messageIds).getResultList()
                        .forEach(row -> statuses.put((Long) row[0], (MailStatus) row[1]));
            }
            return new Page<>(rows.stream().map(i -> new SendJobItem(i.id, i.recordId, i.counterpartyId, i.recipient,
                    i.status, i.reason, i.messageId, i.messageId == null ? null : statuses.get(i.messageId))).toList(),
                    page.page(), page.size(), total);
        });
    }

    /**
     * Moves a job from {@code from} to {@code to} (a conditional update, so it never races the runner finishing it);
     * a conflict when it is done, unchanged when it is not at {@code from}.
     */
    public SendJob move(long id, SendJobStatus from, SendJobStatus to) {
        return jpa.txExpr(TransactionType.Required, em -> {
            em.createQuery("update SendJobEntity j set j.status = :to where j.id = :id and j.status = :from")
                    .setParameter("to", to).setParameter("id", id).setParameter("from", from).executeUpdate();
            SendJobEntity job = em.find(SendJobEntity.class, id);
            em.refresh(job);
            if (job.status == SendJobStatus.DONE) {
                throw new ConflictException("status", "Send job " + id + " is done");
            }
            return view(em, job);
        });
    }

    /** The jobs that are RUNNING, oldest first. */
    public List<JobSpec> running() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select j from SendJobEntity j"
                + " where j.status = :running order by j.id", SendJobEntity.class)
                .setParameter("running", SendJobStatus.RUNNING).getResultStream()
                .map(j -> new JobSpec(j.id, j.account, j.template, j.language, j.recordType, j.resend == 1, j.createdBy))
                .toList());
    }

    public boolean isRunning(long jobId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.find(SendJobEntity.class, jobId).status
                == SendJobStatus.RUNNING);
    }

    /** The job's next pending items in order; none left finishes a running job. */
    public List<PendingItem> pending(long jobId, int limit) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<PendingItem> items = em.createQuery("select i from SendItemEntity i where i.jobId = :job"
                    + " and i.status = :pending order by i.position", SendItemEntity.class)
                    .setParameter("job", jobId).setParameter("pending", SendItemStatus.PENDING).setMaxResults(limit)
                    .getResultStream().map(i -> new PendingItem(i.id, i.recordId)).toList();
            if (items.isEmpty()) {
                em.createQuery("update SendJobEntity j set j.status = :done, j.finishedAt = :now"
                        + " where j.id = :id and j.status = :running").setParameter("done", SendJobStatus.DONE)
                        .setParameter("now", clock.instant()).setParameter("id", jobId)
                        .setParameter("running", SendJobStatus.RUNNING).executeUpdate();
            }
            return items;
        });
    }

    /** Whether an earlier job put this record into the outbox for this recipient, and it did not fail or bounce. */
    public boolean sentBefore(long jobId, String recordType, long recordId, String recipient) {
        return jpa.txExpr(TransactionType.Supports, em -> !em.createQuery("select i.id from SendItemEntity i,"
                + " MailMessageEntity m where i.recordId = :record and i.status = :queued and i.recordType = :type"
                + " and i.jobId <> :job and lower(i.recipient) = :recipient and m.id = i.messageId"
                + " and m.status not in :undelivered", Long.class)
                .setParameter("record", recordId).setParameter("queued", SendItemStatus.QUEUED)
                .setParameter("type", recordType).setParameter("job", jobId)
                .setParameter("recipient", recipient.toLowerCase(Locale.ROOT))
                .setParameter("undelivered", List.of(MailStatus.FAILED, MailStatus.BOUNCED)).setMaxResults(1)
                .getResultList().isEmpty());
    }

    /**
     * Records what became of a pending item, in the caller's transaction when there is one; answers false when it is
     * no longer pending (another round settled it), and then changes nothing.
     */
    public boolean settle(long itemId, SendItemStatus status, Long counterpartyId, String recipient, String reason,
            Long messageId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("update SendItemEntity i set i.status = :status,"
                + " i.counterpartyId = :counterparty, i.recipient = :recipient, i.reason = :reason, i.messageId = :message"
                + " where i.id = :id and i.status = :pending").setParameter("status", status)
                .setParameter("counterparty", counterpartyId).setParameter("recipient", recipient)
                .setParameter("reason", MailMessageEntity.truncate(reason, MAX_REASON)).setParameter("message", messageId)
                .setParameter("id", itemId).setParameter("pending", SendItemStatus.PENDING).executeUpdate() == 1);
    }

    private static SendJob view(EntityManager em, SendJobEntity job) {
        Map<SendItemStatus, Integer> items = new EnumMap<>(SendItemStatus.class);
        em.createQuery("select i.status, count(i) from SendItemEntity i where i.jobId = :job group by i.status",
                Object[].class).setParameter("job", job.id).getResultList()
                .forEach(row -> items.put((SendItemStatus) row[0], ((Long) row[1]).intValue()));
        Map<MailStatus, Integer> messages = new EnumMap<>(MailStatus.class);
        em.createQuery("select m.status, count(i) from SendItemEntity i, MailMessageEntity m where i.jobId = :job"
                + " and m.id = i.messageId group by m.status", Object[].class).setParameter("job", job.id)
                .getResultList().forEach(row -> messages.put((MailStatus) row[0], ((Long) row[1]).intValue()));
        int total = items.values().stream().mapToInt(Integer::intValue).sum();
        return new SendJob(job.id, job.name, job.account, job.template, job.language, job.recordType, job.status,
                job.resend == 1, total, items.getOrDefault(SendItemStatus.PENDING, 0),
                items.getOrDefault(SendItemStatus.QUEUED, 0), messages.getOrDefault(MailStatus.SENT, 0),
                messages.getOrDefault(MailStatus.FAILED, 0) + messages.getOrDefault(MailStatus.BOUNCED, 0),
                items.getOrDefault(SendItemStatus.SKIPPED, 0), items.getOrDefault(SendItemStatus.FAILED, 0),
                job.createdBy, job.createdAt, job.finishedAt, job.version);
    }
}
