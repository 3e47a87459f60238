package dev.relacja.mailbox.impl.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A file of a message, in {@code mail_attachment}: the core file and the name it goes by in this message. */
@Entity
@Table(name = "mail_attachment")
public class MailAttachmentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "message_id", nullable = false)
    long messageId;
    @Column(name = "position", nullable = false)
    int position;
    @Column(name = "file_id", nullable = false)
    long fileId;
    @Column(name = "filename", nullable = false)
    String filename;
    @Column(name = "content_type", nullable = false)
    String contentType;
    @Column(name = "size_bytes", nullable = false)
    long size;

    protected MailAttachmentEntity() {
    }

    MailAttachmentEntity(long messageId, int position, long fileId, String filename, String contentType, long size) {
        this.messageId = messageId;
        this.position = position;
        this.fileId = fileId;
        this.filename = filename;
        this.contentType = contentType;
        this.size = size;
    }
}
