package dev.relacja.mailbox.impl.persistence;

import dev.relacja.mailbox.api.MailFolder;
import dev.relacja.mailbox.api.MailStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.zip.CRC32;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

/** One message in {@code mail_message}; the store reads and writes its fields, callers see records. */
@Entity
@Table(name = "mail_message")
public class MailMessageEntity {
    static final int MAX_ERROR = 1000;
    static final int MAX_LIST = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "account", nullable = false)
    String account;
    @Column(name = "account_key", nullable = false)
    int accountKey;
    @Enumerated(EnumType.ORDINAL)
    @Column(name = "folder", nullable = false)
    MailFolder folder;
    @Enumerated(EnumType.ORDINAL)
    @Column(name = "status", nullable = false)
    MailStatus status;
    @Column(name = "message_id")
    String messageId;
    @Column(name = "in_reply_to")
    String inReplyTo;
    @Column(name = "ref_ids")
    String refIds;
    @Column(name = "thread_id")
    Long threadId;
    @Column(name = "reply_token")
    String replyToken;
    @Column(name = "send_key")
    String sendKey;
    @Column(name = "from_address")
    String fromAddress;
    @Column(name = "from_name")
    String fromName;
    @Column(name = "to_list")
    String toList;
    @Column(name = "cc_list")
    String ccList;
    @Column(name = "bcc_list")
    String bccList;
    @Column(name = "reply_to")
    String replyTo;
    @Column(name = "subject")
    String subject;
    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;
    @Column(name = "sent_at")
    Instant sentAt;
    @Lob
    @Column(name = "body_text")
    String bodyText;
    @Lob
    @Column(name = "body_html")
    String bodyHtml;
    @Column(name = "counterparty_id")
    Long counterpartyId;
    @Column(name = "contact_person_id")
    Long contactPersonId;
    @Column(name = "imap_folder")
    String imapFolder;
    @Column(name = "uid_validity")
    Long uidValidity;
    @Column(name = "imap_uid")
    Long imapUid;
    @Column(name = "incomplete", nullable = false)
    short incomplete;  // 1 while a received message's files are being stored
    @Column(name = "attempts", nullable = false)
    int attempts;
    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;
    @Column(name = "last_error")
    String lastError;
    @Column(name = "sent_copy")
    Short sentCopy;
    @Column(name = "search_text")
    String searchText;
    @Column(name = "created_by", nullable = false)
    String createdBy;
    @Version
    long version;

    protected MailMessageEntity() {
    }

    MailMessageEntity(String account, MailFolder folder, MailStatus status, Instant occurredAt, String createdBy) {
        this.account = account;
        this.accountKey = accountKey(account);
        this.folder = folder;
        this.status = status;
        this.occurredAt = occurredAt;
        this.createdBy = createdBy;
    }

    /** Fills {@link #searchText} from what a search matches; call after the addresses and subject are set. */
    void index() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {subject, fromName, fromAddress, toList, ccList}) {
            if (part != null) {
                text.append(part).append('\n');
            }
        }
        searchText = truncate(text.toString().toLowerCase(Locale.ROOT), MAX_LIST);
    }

    /** The account's name as a number for indexes (see V1__mailbox.sql); queries compare the name as well. */
    static int accountKey(String account) {
        CRC32 crc = new CRC32();
        crc.update(account.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
