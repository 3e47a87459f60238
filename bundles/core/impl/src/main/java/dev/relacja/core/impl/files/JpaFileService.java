package dev.relacja.core.impl.files;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.events.RelacjaEvents;
import dev.relacja.core.api.files.FileService;
import dev.relacja.core.api.files.StoredFile;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.core.impl.DataDirectory;
import dev.relacja.core.impl.events.AfterCommit;
import dev.relacja.core.impl.persistence.CoreSchema;
import dev.relacja.core.impl.records.RecordResolvers;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.transaction.TransactionSynchronizationRegistry;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Attachments: content by hash under {@code relacja-data/files}, metadata in {@code core_file}. Content is
 * written before the row, and deleted only after the transaction that removed its last row committed,
 * so a rollback never leaves a row without its content.
 */
@Component(configurationPid = "dev.relacja.files")
@Designate(ocd = JpaFileService.Config.class)
public class JpaFileService implements FileService {

    /** Settings of attachments, in {@code etc/dev.relacja.files.cfg}. */
    @ObjectClassDefinition(name = "Relacja attachments")
    public @interface Config {
        @AttributeDefinition(description = "Largest file accepted, in megabytes")
        int maxMegabytes() default 50;
    }

    private final JpaTemplate jpa;
    private final CallerContext callers;
    private final RecordResolvers resolvers;
    private final DomainEvents events;
    private final TransactionSynchronizationRegistry transactions;
    private final ContentStore contents;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public JpaFileService(@Reference(target = "(osgi.unit.name=relacja-core)") JpaTemplate jpa,
            @Reference CallerContext callers, @Reference RecordResolvers resolvers, @Reference DomainEvents events,
            @Reference TransactionSynchronizationRegistry transactions, @Reference DataDirectory data,
            @Reference CoreSchema schema, Config config) {
        this.jpa = jpa;
        this.callers = callers;
        this.resolvers = resolvers;
        this.events = events;
        this.transactions = transactions;
        this.contents = new ContentStore(data.path().resolve("files"), config.maxMegabytes() * 1024L * 1024L);
    }

    @Override
    public StoredFile attach(RecordRef owner, String filename, String contentType, InputStream content) {
        Caller caller = callers.require(Role.OPERATOR);
        String name = cleanFilename(filename);
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType.strip();
        if (type.length() > 127 || !type.matches("[\\w.+-]+/[\\w.+-]+(;.*)?")) {
            throw new ValidationException("contentType", "not a media type: " + contentType);
        }
        resolvers.requireTitle(owner);
        ContentStore.Stored stored = contents.put(content);
        StoredFile file = jpa.txExpr(TransactionType.Required, em -> {
            StoredFileEntity entity = new StoredFileEntity(owner, name, type, stored, clock.instant(), caller.username());
            em.persist(entity);
            em.flush();
            return entity.toStoredFile();
        });
        events.publishAfterCommit("core", "FILE_ATTACHED", Map.of(RelacjaEvents.ID, file.id(),
                "owner", owner.toString(), RelacjaEvents.OPERATOR, caller.username()));
        return file;
    }

    @Override
    public List<StoredFile> filesOf(RecordRef owner) {
        callers.require(Role.VIEWER);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "select f from StoredFileEntity f where f.ownerType = :t and f.ownerId = :i order by f.createdAt desc, f.id desc",
                        StoredFileEntity.class)
                .setParameter("t", owner.type()).setParameter("i", owner.id())
                .getResultList()).stream().map(StoredFileEntity::toStoredFile).toList();
    }

    @Override
    public Optional<StoredFile> find(long fileId) {
        callers.require(Role.VIEWER);
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(StoredFileEntity.class, fileId)))
                .map(StoredFileEntity::toStoredFile);
    }

    @Override
    public InputStream open(long fileId) {
        StoredFile file = find(fileId).orElseThrow(() -> new NotFoundException("File", fileId));
        return contents.open(file.sha256());
    }

    @Override
    public void detach(long fileId) {
        Caller caller = callers.require(Role.OPERATOR);
        String sha = jpa.txExpr(TransactionType.Required, em -> {
            StoredFileEntity entity = em.find(StoredFileEntity.class, fileId);
            if (entity == null) {
                throw new NotFoundException("File", fileId);
            }
            em.remove(entity);
            em.flush();
            long stillUsed = em.createQuery("select count(f) from StoredFileEntity f where f.sha256 = :s", Long.class)
                    .setParameter("s", entity.sha256()).getSingleResult();
            return stillUsed == 0 ? entity.sha256() : null;
        });
        if (sha != null) {
            AfterCommit.run(transactions, () -> contents.delete(sha));
        }
        events.publishAfterCommit("core", "FILE_DETACHED", Map.of(RelacjaEvents.ID, fileId,
                RelacjaEvents.OPERATOR, caller.username()));
    }

    private static String cleanFilename(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.length() > 255 || name.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException("filename", "give a file name of 1 to 255 characters without control characters");
        }
        return name;
    }
}
