package dev.relacja.mailbox.impl.persistence;

import dev.relacja.mailbox.api.MailAuditEntry;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One entry of a message's audit, in {@code mail_audit}. */
@Entity
@Table(name = "mail_audit")
public class MailAuditEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "message_id", nullable = false)
    long messageId;
    @Column(name = "action", nullable = false)
    String action;
    @Column(name = "detail", nullable = false)
    String detail;
    @Column(name = "done_by", nullable = false)
    String doneBy;
    @Column(name = "done_at", nullable = false)
    Instant doneAt;

    protected MailAuditEntity() {
    }

    MailAuditEntity(long messageId, String action, String detail, String doneBy, Instant doneAt) {
        this.messageId = messageId;
        this.action = action;
        this.detail = MailMessageEntity.truncate(detail, 1000);
        this.doneBy = doneBy;
        this.doneAt = doneAt;
    }

    MailAuditEntry toApi() {
        return new MailAuditEntry(action, detail, doneBy, doneAt);
    }
}
