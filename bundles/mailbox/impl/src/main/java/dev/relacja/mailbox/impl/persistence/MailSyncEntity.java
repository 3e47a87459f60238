package dev.relacja.mailbox.impl.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import javax.persistence.Version;

/** How far one IMAP folder of one account has been received, in {@code mail_sync}. */
@Entity
@Table(name = "mail_sync")
@IdClass(MailSyncEntity.Key.class)
public class MailSyncEntity {
    @Id
    @Column(name = "account")
    String account;
    @Id
    @Column(name = "imap_folder")
    String imapFolder;
    @Column(name = "uid_validity", nullable = false)
    long uidValidity;
    @Column(name = "last_uid", nullable = false)
    long lastUid;
    @Column(name = "checked_at", nullable = false)
    Instant checkedAt;
    @Version
    long version;

    protected MailSyncEntity() {
    }

    MailSyncEntity(String account, String imapFolder, long uidValidity, Instant now) {
        this.account = account;
        this.imapFolder = imapFolder;
        this.uidValidity = uidValidity;
        this.checkedAt = now;
    }

    /** The composite key JPA asks for. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String account;
        String imapFolder;

        public Key() {
        }

        Key(String account, String imapFolder) {
            this.account = account;
            this.imapFolder = imapFolder;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(key.account, account)
                    && Objects.equals(key.imapFolder, imapFolder);
        }

        @Override
        public int hashCode() {
            return Objects.hash(account, imapFolder);
        }
    }
}
