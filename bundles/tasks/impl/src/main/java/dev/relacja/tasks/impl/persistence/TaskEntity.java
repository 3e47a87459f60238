package dev.relacja.tasks.impl.persistence;

import dev.relacja.tasks.api.LogKind;
import dev.relacja.tasks.api.Priority;
import dev.relacja.tasks.api.Stage;
import dev.relacja.tasks.api.TaskSlot;
import dev.relacja.tasks.api.TaskStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** An activity or task as stored in {@code tasks_task}; each change reports itself to a {@link ChangeLog}. */
@Entity
@Table(name = "tasks_task")
public class TaskEntity {
    private static final Priority[] PRIORITIES = Priority.values();
    /** The status column's values. */
    static final short OPEN = 0;
    static final short DONE = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String title;
    private String description;
    @Column(name = "type_code", nullable = false)
    private String typeCode;
    @Column(nullable = false)
    private boolean activity;
    @Column(name = "counterparty_id")
    private Long counterpartyId;
    @Column(name = "contact_person_id")
    private Long contactPersonId;
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Column(name = "delegated_by_id")
    private Long delegatedById;
    @Column(name = "created_by_id", nullable = false)
    private long createdById;
    @Column(nullable = false)
    private short priority;
    @Column(name = "stage_code", nullable = false)
    private String stageCode;
    /** {@link #OPEN} or {@link #DONE}; a number because every VARCHAR comparison in a territory-collated database goes through the collator. */
    @Column(nullable = false)
    private short status;
    @Column(name = "percent_done", nullable = false)
    private short percentDone;
    @Column(name = "percent_manual", nullable = false)
    private boolean percentManual;
    @Column(name = "start_at")
    private Instant start;
    private Instant deadline;
    @Column(name = "completed_at")
    private Instant completedAt;
    private String thread;
    @Column(name = "thread_key")
    private String threadKey;
    @Column(nullable = false)
    private String tags;
    @Column(name = "parent_id")
    private Long parentId;
    @Column(name = "root_id")
    private Long rootId;
    @Column(nullable = false)
    private short depth;
    @Column(name = "search_text", nullable = false)
    private String searchText;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected TaskEntity() {
    }

    /** A new task from {@code fields}, placed below {@code parent} (null for a main task). */
    TaskEntity(TaskFields fields, long actorId, TaskEntity parent, Instant now) {
        this.createdById = actorId;
        this.ownerId = fields.ownerId();
        this.delegatedById = fields.ownerId() == actorId ? null : actorId;
        this.typeCode = fields.type().code();
        this.activity = fields.type().activity();
        this.stageCode = fields.stage().code();
        this.status = OPEN;
        this.parentId = parent == null ? null : parent.id;
        this.rootId = parent == null ? null : parent.rootId;
        this.depth = parent == null ? 0 : (short) (parent.depth + 1);
        this.createdAt = now;
        setDetails(fields, ChangeLog.IGNORE);
        this.percentManual = fields.percentDone() != null;
        this.percentDone = fields.percentDone() == null ? 0 : fields.percentDone().shortValue();
        setStage(fields.stage(), now, ChangeLog.IGNORE);
        this.updatedAt = now;
    }

    /** A main task is its own tree's root; the id exists only after the insert. */
    void becomeRootIfMain() {
        if (rootId == null) {
            rootId = id;
        }
    }

    /** Title, description, counterparty, priority, schedule, thread and tags, each change logged. */
    void setDetails(TaskFields fields, ChangeLog log) {
        title = changed(log, "title", title, fields.title());
        description = changed(log, "description", description, fields.description());
        counterpartyId = changed(log, "counterparty", counterpartyId, fields.counterpartyId());
        contactPersonId = changed(log, "contactPerson", contactPersonId, fields.contactPersonId());
        priority = (short) changed(log, "priority", priority(), fields.priority()).ordinal();
        start = changed(log, "start", start, fields.start());
        deadline = changed(log, "deadline", deadline, fields.deadline());
        thread = changed(log, "thread", thread, fields.thread());
        threadKey = thread == null ? null : thread.toLowerCase(Locale.ROOT);
        String newTags = tagColumn(fields.tags());
        if (!newTags.equals(tags)) {
            log.record(LogKind.EDITED, String.join(", ", tagList()), String.join(", ", fields.tags()), "tags");
            tags = newTags;
        }
        searchText = (title + "\n" + (description == null ? "" : description)).toLowerCase(Locale.ROOT);
    }

    private static <T> T changed(ChangeLog log, String field, T old, T value) {
        if (!Objects.equals(old, value)) {
            log.record(LogKind.EDITED, old == null ? null : String.valueOf(old), value == null ? null : String.valueOf(value),
                    field);
        }
        return value;
    }

    /** Moves to {@code stage}; a closing stage completes the task, which is then 100 % done; leaving one reopens it. */
    void setStage(Stage stage, Instant now, ChangeLog log) {
        if (!stage.code().equals(stageCode)) {
            log.record(LogKind.STAGE, stageCode, stage.code());
            stageCode = stage.code();
        }
        TaskStatus newStatus = stage.closing() ? TaskStatus.DONE : TaskStatus.OPEN;
        if (newStatus != status()) {
            log.record(newStatus == TaskStatus.DONE ? LogKind.COMPLETED : LogKind.REOPENED, status().name(), newStatus.name());
            status = code(newStatus);
            completedAt = newStatus == TaskStatus.DONE ? now : null;
        }
        if (newStatus == TaskStatus.DONE) {
            setPercent(100, percentManual, log);
        }
    }

    /** Sets the percent done; {@code manual} false lets the sub-tasks decide it from now on. */
    void setPercent(int percent, boolean manual, ChangeLog log) {
        if (percent != percentDone) {
            log.record(LogKind.PERCENT, Integer.toString(percentDone), Integer.toString(percent));
            percentDone = (short) percent;
        }
        percentManual = manual;
    }

    void setOwner(long newOwnerId, long actorId, ChangeLog log) {
        if (newOwnerId != ownerId) {
            log.record(LogKind.OWNER, Long.toString(ownerId), Long.toString(newOwnerId));
            ownerId = newOwnerId;
            delegatedById = newOwnerId == actorId ? null : actorId;
        }
    }

    /** Hangs the task below {@code parent} (null: makes it a main task); the caller fixes the subtree's root and depth. */
    void setParent(TaskEntity parent, ChangeLog log) {
        Long newParentId = parent == null ? null : parent.id;
        if (!Objects.equals(parentId, newParentId)) {
            log.record(LogKind.MOVED, parentId == null ? null : "#" + parentId, newParentId == null ? null : "#" + newParentId);
            parentId = newParentId;
        }
        placeBelow(parent);
    }

    void placeBelow(TaskEntity parent) {
        rootId = parent == null ? id : parent.rootId;
        depth = parent == null ? 0 : (short) (parent.depth + 1);
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    public long id() {
        return id;
    }

    Long parentId() {
        return parentId;
    }

    long version() {
        return version;
    }

    long rootId() {
        return rootId;
    }

    int depth() {
        return depth;
    }

    long ownerId() {
        return ownerId;
    }

    String typeCode() {
        return typeCode;
    }

    int percentDone() {
        return percentDone;
    }

    boolean percentManual() {
        return percentManual;
    }

    TaskStatus status() {
        return statusOf(status);
    }

    static short code(TaskStatus status) {
        return status == TaskStatus.DONE ? DONE : OPEN;
    }

    static TaskStatus statusOf(Object column) {
        return ((Number) column).shortValue() == DONE ? TaskStatus.DONE : TaskStatus.OPEN;
    }

    Priority priority() {
        return PRIORITIES[priority];
    }

    private List<String> tagList() {
        return tags == null || tags.isEmpty() ? List.of()
                : Arrays.stream(tags.split(",")).filter(t -> !t.isEmpty()).toList();
    }

    /** Tags sit in one column as {@code ,a,b,} so that a tag filter is one LOCATE. */
    static String tagColumn(List<String> tags) {
        return tags == null || tags.isEmpty() ? "" : tags.stream().collect(Collectors.joining(",", ",", ","));
    }

    /** A row of {@link TaskStore#slots}' projection, column by column in its select order. */
    static TaskSlot slot(Object[] row) {
        return new TaskSlot(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (Boolean) row[3],
                ((Number) row[4]).longValue(), PRIORITIES[((Number) row[5]).intValue()], statusOf(row[6]),
                ((Number) row[7]).intValue(), row[8] == null ? null : ((Number) row[8]).longValue(),
                (Instant) row[9], (Instant) row[10], ((Number) row[11]).longValue());
    }

    public StoredTask toStored() {
        return new StoredTask(id, title, description, typeCode, activity, counterpartyId, contactPersonId, ownerId,
                delegatedById, createdById, priority(), stageCode, status(), percentDone, percentManual, start,
                deadline, completedAt, thread, tagList(), parentId, rootId == null ? id : rootId, depth, createdAt,
                updatedAt, version);
    }
}
