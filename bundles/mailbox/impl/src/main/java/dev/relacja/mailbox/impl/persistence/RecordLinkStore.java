package dev.relacja.mailbox.impl.persistence;

import dev.relacja.core.api.records.RecordRef;
import dev.relacja.mailbox.api.MailAuditEntry;
import java.time.Clock;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The records a message is filed under, changed by operators with an audit entry in the same transaction. */
@Component(service = RecordLinkStore.class)
public class RecordLinkStore {
    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public RecordLinkStore(@Reference(target = "(osgi.unit.name=relacja-mailbox)") JpaTemplate jpa,
            @Reference MailboxSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    private RecordLinkStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** A store outside OSGi (tests), over a migrated database. */
    public static RecordLinkStore over(JpaTemplate jpa, Clock clock) {
        return new RecordLinkStore(jpa, clock);
    }

    /** Files the message under the record, unless it is already; {@code detail} goes into the audit. */
    public void link(long messageId, RecordRef record, String detail, String by) {
        jpa.tx(TransactionType.Required, em -> {
            if (em.find(MailRecordEntity.class, new MailRecordEntity.Key(messageId, record.type(), record.id())) == null) {
                em.persist(new MailRecordEntity(messageId, record.type(), record.id()));
                em.persist(new MailAuditEntity(messageId, "LINKED", detail, by, clock.instant()));
            }
        });
    }

    public void unlink(long messageId, RecordRef record, String by) {
        jpa.tx(TransactionType.Required, em -> {
            MailRecordEntity linked = em.find(MailRecordEntity.class,
                    new MailRecordEntity.Key(messageId, record.type(), record.id()));
            if (linked != null) {
                em.remove(linked);
                em.persist(new MailAuditEntity(messageId, "UNLINKED", record.toString(), by, clock.instant()));
            }
        });
    }

    public List<MailAuditEntry> audit(long messageId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select a from MailAuditEntity a"
                + " where a.messageId = :m order by a.id", MailAuditEntity.class).setParameter("m", messageId)
                .getResultStream().map(MailAuditEntity::toApi).toList());
    }
}
