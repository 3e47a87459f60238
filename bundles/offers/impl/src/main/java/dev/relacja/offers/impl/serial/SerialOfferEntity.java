package dev.relacja.offers.impl.serial;

import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.SerialOffer;
import dev.relacja.offers.api.SerialOfferStatus;
import java.time.Instant;
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

/** A serial offer's head in {@code offers_serial}: its name, status, content (JSON) and send job. */
@Entity
@Table(name = "offers_serial")
public class SerialOfferEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SerialOfferStatus status;
    @Lob
    @Column(nullable = false)
    private String content;
    @Column(name = "send_job_id")
    private Long sendJobId;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected SerialOfferEntity() {
        // for JPA
    }

    SerialOfferEntity(String name, OfferDraft content, String createdBy, Instant now) {
        this.status = SerialOfferStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        replace(name, content, now);
    }

    void replace(String newName, OfferDraft newContent, Instant now) {
        name = newName;
        content = SerialContent.json(newContent);
        updatedAt = now;
    }

    void move(SerialOfferStatus to, Instant now) {
        status = to;
        updatedAt = now;
    }

    void sentBy(long jobId, Instant now) {
        sendJobId = jobId;
        move(SerialOfferStatus.SENT, now);
    }

    /** Marks the head changed, so its version moves with a change of its members or prices. */
    void touch(Instant now) {
        updatedAt = now;
    }

    long id() {
        return id;
    }

    String name() {
        return name;
    }

    SerialOfferStatus status() {
        return status;
    }

    OfferDraft content() {
        return SerialContent.read(content);
    }

    long version() {
        return version;
    }

    SerialOffer toSerialOffer(SerialStore.Counts counts) {
        return new SerialOffer(id, name, status, content(), counts.members(), counts.generated(), counts.failed(),
                sendJobId, createdBy, createdAt, updatedAt, version);
    }
}
