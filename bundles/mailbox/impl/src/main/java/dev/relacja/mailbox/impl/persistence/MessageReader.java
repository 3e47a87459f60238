package dev.relacja.mailbox.impl.persistence;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.mailbox.api.MailAddress;
import dev.relacja.mailbox.api.MailMessage;
import dev.relacja.mailbox.api.MailSummary;
import dev.relacja.mailbox.api.MessageQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads messages for people: one whole, or pages of summaries filtered by a query. Incomplete ones never show. */
@Component(service = MessageReader.class)
public class MessageReader {
    private final JpaTemplate jpa;

    @Activate
    public MessageReader(@Reference(target = "(osgi.unit.name=relacja-mailbox)") JpaTemplate jpa,
            @Reference MailboxSchema schema) {
        this.jpa = jpa;
    }

    /** A reader outside OSGi (tests), over a migrated database. */
    public static MessageReader over(JpaTemplate jpa) {
        return new MessageReader(jpa, null);
    }

    public Optional<MailMessage> find(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            MailMessageEntity e = em.find(MailMessageEntity.class, id);
            return e == null || e.incomplete == 1 ? Optional.empty() : Optional.of(message(em, e));
        });
    }

    /** The account a message belongs to, for access checks before anything else is read. */
    public Optional<String> accountOf(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "select m.account from MailMessageEntity m where m.id = :id and m.incomplete = 0", String.class)
                .setParameter("id", id).getResultList().stream().findFirst());
    }

    /** A message's subject for links and files, also while its files are being stored (they need it to exist). */
    public Optional<String> title(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "select m.id, m.subject from MailMessageEntity m where m.id = :id", Object[].class)
                .setParameter("id", id).getResultList().stream().findFirst()
                .map(row -> row[1] == null ? "(no subject)" : (String) row[1]));
    }

    /** The References of a stored message, for the replies to it. */
    public Optional<String> references(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "select m.refIds from MailMessageEntity m where m.id = :id", String.class)
                .setParameter("id", id).getResultList().stream().filter(r -> r != null).findFirst());
    }

    /** A page of the query's messages within {@code accounts} (null: every account), newest first. */
    public Page<MailSummary> search(MessageQuery query, Collection<String> accounts, PageRequest page) {
        if (accounts != null && accounts.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<MailMessageEntity> found = filtered(em, query, accounts, "m", MailMessageEntity.class)
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            long total = filtered(em, query, accounts, "count(m)", Long.class).getSingleResult();
            Set<Long> withFiles = withAttachments(em, found.stream().map(e -> e.id).toList());
            List<MailSummary> items = new ArrayList<>(found.size());
            for (MailMessageEntity e : found) {
                items.add(new MailSummary(e.id, e.account, e.folder, e.status, new MailAddress(e.fromAddress, e.fromName),
                        e.toList, e.subject, e.occurredAt, e.counterpartyId, e.threadId, withFiles.contains(e.id)));
            }
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    private static <T> TypedQuery<T> filtered(EntityManager em, MessageQuery q, Collection<String> accounts, String select,
            Class<T> type) {
        StringBuilder jpql = new StringBuilder("select ").append(select)
                .append(" from MailMessageEntity m where m.incomplete = 0");
        if (accounts != null) {
            jpql.append(" and m.accountKey in :keys and m.account in :accounts");
        }
        if (q.account() != null) {
            jpql.append(" and m.accountKey = :key and m.account = :account");
        }
        if (q.folder() != null) {
            jpql.append(" and m.folder = :folder");
        }
        if (q.counterpartyId() != null) {
            jpql.append(" and m.counterpartyId = :counterparty");
        }
        if (q.threadId() != null) {
            jpql.append(" and m.threadId = :thread");
        }
        if (q.text() != null && !q.text().isBlank()) {
            jpql.append(" and m.searchText like :text escape '\\'");
        }
        if (q.record() != null) {
            jpql.append(" and m.id in (select r.messageId from MailRecordEntity r where r.recordType = :rt and r.recordId = :rid)");
        }
        if (type == MailMessageEntity.class) {
            jpql.append(" order by m.occurredAt desc, m.id desc");
        }
        TypedQuery<T> query = em.createQuery(jpql.toString(), type);
        if (accounts != null) {
            query.setParameter("keys", accounts.stream().map(MailMessageEntity::accountKey).distinct().toList())
                    .setParameter("accounts", accounts);
        }
        if (q.account() != null) {
            query.setParameter("key", MailMessageEntity.accountKey(q.account())).setParameter("account", q.account());
        }
        if (q.folder() != null) {
            query.setParameter("folder", q.folder());
        }
        if (q.counterpartyId() != null) {
            query.setParameter("counterparty", q.counterpartyId());
        }
        if (q.threadId() != null) {
            query.setParameter("thread", q.threadId());
        }
        if (q.text() != null && !q.text().isBlank()) {
            String text = q.text().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            query.setParameter("text", "%" + text + "%");
        }
        if (q.record() != null) {
            query.setParameter("rt", q.record().type()).setParameter("rid", q.record().id());
        }
        return query;
    }

    private static Set<Long> withAttachments(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct a.messageId from MailAttachmentEntity a where a.messageId in :ids",
                Long.class).setParameter("ids", ids).getResultList());
    }

    private static MailMessage message(EntityManager em, MailMessageEntity e) {
        List<MailAddress> replyTo = AddressLists.parse(e.replyTo);
        return new MailMessage(e.id, e.account, e.folder, e.status, e.messageId, e.threadId == null ? e.id : e.threadId,
                new MailAddress(e.fromAddress, e.fromName), AddressLists.parse(e.toList), AddressLists.parse(e.ccList),
                replyTo.isEmpty() ? null : replyTo.get(0), e.subject, e.occurredAt, e.bodyText, e.bodyHtml,
                MessageRows.attachments(em, e.id), e.counterpartyId, e.contactPersonId, MessageRows.records(em, e.id),
                e.attempts, e.lastError, e.sentAt, e.createdBy);
    }
}
