package dev.relacja.core.impl.files;

import dev.relacja.core.api.files.StoredFile;
import dev.relacja.core.api.records.RecordRef;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An attachment's metadata; the bytes live in the content store under its SHA-256. */
@Entity
@Table(name = "core_file")
public class StoredFileEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "owner_type", nullable = false)
    private String ownerType;
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Column(nullable = false)
    private String filename;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long size;
    @Column(nullable = false)
    private String sha256;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected StoredFileEntity() {
    }

    StoredFileEntity(RecordRef owner, String filename, String contentType, ContentStore.Stored content,
            Instant createdAt, String createdBy) {
        this.ownerType = owner.type();
        this.ownerId = owner.id();
        this.filename = filename;
        this.contentType = contentType;
        this.size = content.size();
        this.sha256 = content.sha256();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    String sha256() {
        return sha256;
    }

    StoredFile toStoredFile() {
        return new StoredFile(id, new RecordRef(ownerType, ownerId), filename, contentType, size, sha256, createdAt,
                createdBy);
    }
}
