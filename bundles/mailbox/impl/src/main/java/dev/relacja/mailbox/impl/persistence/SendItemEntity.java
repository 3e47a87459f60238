package dev.relacja.mailbox.impl.persistence;

import dev.relacja.mailbox.api.SendItemStatus;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One record of a send job, in {@code mail_send_item}. */
@Entity
@Table(name = "mail_send_item")
public class SendItemEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "job_id", nullable = false)
    long jobId;
    @Column(name = "position", nullable = false)
    int position;
    @Column(name = "record_type", nullable = false)
    String recordType;
    @Column(name = "record_id", nullable = false)
    long recordId;
    @Column(name = "counterparty_id")
    Long counterpartyId;
    @Column(name = "recipient")
    String recipient;
    @Enumerated(EnumType.ORDINAL)
    @Column(name = "status", nullable = false)
    SendItemStatus status;
    @Column(name = "reason")
    String reason;
    @Column(name = "message_id")
    Long messageId;

    protected SendItemEntity() {
    }

    SendItemEntity(long jobId, int position, String recordType, long recordId) {
        this.jobId = jobId;
        this.position = position;
        this.recordType = recordType;
        this.recordId = recordId;
        this.status = SendItemStatus.PENDING;
    }
}
