package dev.relacja.mailbox.impl.persistence;

import dev.relacja.mailbox.api.MailTemplateText;
import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Lob;
import javax.persistence.Table;

/**
 * One language of a template, a row of {@code mail_template_text}. An entity with its key rather than an element
 * collection: EclipseLink deletes collection elements by comparing every column, and Derby cannot compare CLOBs.
 */
@Entity
@Table(name = "mail_template_text")
@IdClass(MailTemplateTextEntity.Key.class)
public class MailTemplateTextEntity {
    @Id
    @Column(name = "template_id")
    long templateId;
    @Id
    @Column(name = "language")
    String language;
    @Column(name = "subject", nullable = false)
    String subject;
    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "text_body", nullable = false)
    String text;
    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "html_body")
    String html;

    protected MailTemplateTextEntity() {
    }

    MailTemplateTextEntity(long templateId, String language, MailTemplateText text) {
        this.templateId = templateId;
        this.language = language;
        this.subject = text.subject();
        this.text = text.text();
        this.html = text.html() == null || text.html().isBlank() ? null : text.html();
    }

    MailTemplateText toApi() {
        return new MailTemplateText(subject, text, html);
    }

    /** The composite key JPA asks for. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        long templateId;
        String language;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.templateId == templateId && Objects.equals(key.language, language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(templateId, language);
        }
    }
}
