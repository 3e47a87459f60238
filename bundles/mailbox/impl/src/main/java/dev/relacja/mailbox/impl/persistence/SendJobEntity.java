package dev.relacja.mailbox.impl.persistence;

import dev.relacja.mailbox.api.SendJobStatus;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A serial send job, in {@code mail_send_job}. */
@Entity
@Table(name = "mail_send_job")
public class SendJobEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "name", nullable = false)
    String name;
    @Column(name = "account", nullable = false)
    String account;
    @Column(name = "template", nullable = false)
    String template;
    @Column(name = "language", nullable = false)
    String language;
    @Column(name = "record_type", nullable = false)
    String recordType;
    @Enumerated(EnumType.ORDINAL)
    @Column(name = "status", nullable = false)
    SendJobStatus status;
    @Column(name = "resend", nullable = false)
    short resend;
    @Column(name = "created_by", nullable = false)
    String createdBy;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "finished_at")
    Instant finishedAt;
    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected SendJobEntity() {
    }
}
