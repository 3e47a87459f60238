package dev.relacja.mailbox.impl.persistence;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A record a message is about, in {@code mail_record}. */
@Entity
@Table(name = "mail_record")
@IdClass(MailRecordEntity.Key.class)
public class MailRecordEntity {
    @Id
    @Column(name = "message_id")
    long messageId;
    @Id
    @Column(name = "record_type")
    String recordType;
    @Id
    @Column(name = "record_id")
    long recordId;

    protected MailRecordEntity() {
    }

    MailRecordEntity(long messageId, String recordType, long recordId) {
        this.messageId = messageId;
        this.recordType = recordType;
        this.recordId = recordId;
    }

    /** The composite key JPA asks for. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        long messageId;
        String recordType;
        long recordId;

        public Key() {
        }

        Key(long messageId, String recordType, long recordId) {
            this.messageId = messageId;
            this.recordType = recordType;
            this.recordId = recordId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.messageId == messageId && key.recordId == recordId
                    && Objects.equals(key.recordType, recordType);
        }

        @Override
        public int hashCode() {
            return Objects.hash(messageId, recordType, recordId);
        }
    }
}
