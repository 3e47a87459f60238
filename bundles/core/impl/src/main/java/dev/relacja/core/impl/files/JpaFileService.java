package dev.relacja.core.impl.files;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.events.RelacjaEvents;
import dev.relacja.core.api.files.FileService;
import dev.relacja.core.api.files.NewFile;
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
import java.time.Instant;
import java.util.ArrayList;
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
        return attachAll(List.of(new NewFile(owner, filename, contentType, content))).get(0);
    }

    @Override
    public List<StoredFile> attachAll(List<NewFile> files) {
        Caller caller = callers.require(Role.OPERATOR);
        List<NewFile> checked = files.stream().map(this::checked).toList();
        checked.stream().map(NewFile::owner).distinct().forEach(resolvers::requireTitle);
        List<ContentStore.Stored> stored = checked.stream().map(f -> contents.put(f.content())).toList();
        Instant now = clock.instant();
        List<StoredFile> attached = jpa.txExpr(TransactionType.Required, em -> {
            List<StoredFileEntity> entities = new ArrayList<>();
            for (int i = 0; i < checked.size(); i++) {
                NewFile file = checked.get(i);
                StoredFileEntity entity = new StoredFileEntity(file.owner(), file.filename(), file.contentType(),
                        stored.get(i), now, caller.username());
                em.persist(entity);
                entities.add(entity);
            }
            em.flush();
            return entities.stream().map(StoredFileEntity::toStoredFile).toList();
        });
        attached.forEach(file -> events.publishAfterCommit("core", "FILE_ATTACHED", Map.of(RelacjaEvents.ID,
                file.id(), "owner", file.owner().toString(), RelacjaEvents.OPERATOR, caller.username())));
        return attached;
    }

    /** The file with its name cleaned and its media type checked; its content is not read yet. */
    private NewFile checked(NewFile file) {
        String type = file.contentType() == null || file.contentType().isBlank() ? "application/octet-stream"
                : file.contentType().strip();
        if (type.length() > 127 || !type.matches("[\\w.+-]+/[\\w.+-]+(;.*)?")) {
            throw new ValidationException("contentType", "not a media type: " + file.contentType());
        }
        if (file.owner() == null || file.content() == null) {
            throw new ValidationException("file", "a file needs its record and its content");
        }
        return new NewFile(file.owner(), cleanFilename(file.filename()), type, file.content());
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
