package dev.relacja.offers.impl.template;

import dev.relacja.offers.api.OfferTemplate;
import java.time.Instant;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

/** An admin's offer template; its version names the text the template engine caches. */
@Entity
@Table(name = "offers_template")
public class OfferTemplateEntity {
    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(name = "based_on")
    private String basedOn;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String text;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected OfferTemplateEntity() {
        // for JPA
    }

    OfferTemplateEntity(String code, CheckedTemplate template, Instant now, String by) {
        this.code = code;
        this.createdAt = now;
        this.createdBy = by;
        replace(template, now, by);
    }

    void replace(CheckedTemplate template, Instant now, String by) {
        name = template.name();
        basedOn = template.basedOn();
        text = template.text();
        updatedAt = now;
        updatedBy = by;
    }

    long version() {
        return version;
    }

    String text() {
        return text;
    }

    OfferTemplate toTemplate(boolean withText) {
        return new OfferTemplate(code, name, false, basedOn, withText ? text : null, version, updatedAt, updatedBy);
    }
}
