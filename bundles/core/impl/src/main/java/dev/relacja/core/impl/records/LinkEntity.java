package dev.relacja.core.impl.records;

import dev.relacja.core.api.records.Link;
import dev.relacja.core.api.records.RecordRef;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A link stored once, its two ends in a fixed order so a pair is unique whichever end created it. */
@Entity
@Table(name = "core_link")
public class LinkEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "a_type", nullable = false)
    private String aType;
    @Column(name = "a_id", nullable = false)
    private long aId;
    @Column(name = "b_type", nullable = false)
    private String bType;
    @Column(name = "b_id", nullable = false)
    private long bId;
    private String note;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected LinkEntity() {
    }

    LinkEntity(RecordRef first, RecordRef second, String note, Instant createdAt, String createdBy) {
        this.aType = first.type();
        this.aId = first.id();
        this.bType = second.type();
        this.bId = second.id();
        this.note = note;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Orders two ends so that each pair has one stored form. */
    static boolean inOrder(RecordRef x, RecordRef y) {
        int byType = x.type().compareTo(y.type());
        return byType < 0 || (byType == 0 && x.id() <= y.id());
    }

    RecordRef a() {
        return new RecordRef(aType, aId);
    }

    RecordRef b() {
        return new RecordRef(bType, bId);
    }

    long id() {
        return id;
    }

    /** The link as seen from {@code end}. */
    Link seenFrom(RecordRef end, String otherTitle) {
        RecordRef other = a().equals(end) ? b() : a();
        return new Link(id, other, otherTitle, note, createdAt, createdBy);
    }
}
