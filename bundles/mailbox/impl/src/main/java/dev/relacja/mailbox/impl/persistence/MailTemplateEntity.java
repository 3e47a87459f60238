package dev.relacja.mailbox.impl.persistence;

import dev.relacja.mailbox.api.MailTemplate;
import dev.relacja.mailbox.api.MailTemplateText;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A message template, in {@code mail_template}; its texts by language are {@link MailTemplateTextEntity} rows. */
@Entity
@Table(name = "mail_template")
public class MailTemplateEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "code", nullable = false)
    String code;
    @Column(name = "name", nullable = false)
    String name;
    @Column(name = "record_type")
    String recordType;
    @Column(name = "built_in", nullable = false)
    short builtIn;  // 1: shipped with Relacja
    @Version
    @Column(name = "version", nullable = false)
    long version;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    protected MailTemplateEntity() {
    }

    MailTemplateEntity(String code, boolean builtIn) {
        this.code = code;
        this.builtIn = (short) (builtIn ? 1 : 0);
    }

    /** Its own fields; the texts are {@link MailTemplateTextEntity} rows the store writes. */
    void write(String name, String recordType, Instant at, String by) {
        this.name = name;
        this.recordType = recordType;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    MailTemplate toApi(List<MailTemplateTextEntity> texts) {
        Map<String, MailTemplateText> byLanguage = new TreeMap<>();
        texts.forEach(text -> byLanguage.put(text.language, text.toApi()));
        return new MailTemplate(code, name, recordType, builtIn == 1, version, byLanguage, updatedAt);
    }
}
