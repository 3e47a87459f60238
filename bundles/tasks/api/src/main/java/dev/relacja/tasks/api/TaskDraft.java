package dev.relacja.tasks.api;

import java.time.Instant;
import java.util.List;

/**
 * What a caller sends to create or change an activity or task. Left out: {@code type} becomes
 * {@code task}, {@code owner} the caller, {@code priority} normal, {@code stage} the type's first stage.
 * {@code percentDone} left out on a task with sub-tasks means "derive it from them". {@code parentId}
 * makes it a sub-task; changing it moves the task (never below itself).
 */
public record TaskDraft(
        String title,
        String description,
        String type,
        Long counterpartyId,
        Long contactPersonId,
        String owner,
        Priority priority,
        String stage,
        Integer percentDone,
        Instant start,
        Instant deadline,
        String thread,
        List<String> tags,
        Long parentId) {

    /** A plain task with a title, for callers that fill in the rest with the {@code with…} copies. */
    public static TaskDraft titled(String title) {
        return new TaskDraft(title, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public TaskDraft withType(String newType) {
        return new TaskDraft(title, description, newType, counterpartyId, contactPersonId, owner, priority, stage,
                percentDone, start, deadline, thread, tags, parentId);
    }

    public TaskDraft withOwner(String newOwner) {
        return new TaskDraft(title, description, type, counterpartyId, contactPersonId, newOwner, priority, stage,
                percentDone, start, deadline, thread, tags, parentId);
    }

    public TaskDraft withCounterparty(Long newCounterpartyId, Long newContactPersonId) {
        return new TaskDraft(title, description, type, newCounterpartyId, newContactPersonId, owner, priority, stage,
                percentDone, start, deadline, thread, tags, parentId);
    }

    public TaskDraft withSchedule(Instant newStart, Instant newDeadline) {
        return new TaskDraft(title, description, type, counterpartyId, contactPersonId, owner, priority, stage,
                percentDone, newStart, newDeadline, thread, tags, parentId);
    }

    public TaskDraft withParent(Long newParentId) {
        return new TaskDraft(title, description, type, counterpartyId, contactPersonId, owner, priority, stage,
                percentDone, start, deadline, thread, tags, newParentId);
    }

    public TaskDraft withProgress(String newStage, Integer newPercentDone) {
        return new TaskDraft(title, description, type, counterpartyId, contactPersonId, owner, priority, newStage,
                newPercentDone, start, deadline, thread, tags, parentId);
    }

    public TaskDraft withDetails(String newDescription, Priority newPriority, String newThread, List<String> newTags) {
        return new TaskDraft(title, newDescription, type, counterpartyId, contactPersonId, owner, newPriority, stage,
                percentDone, start, deadline, newThread, newTags, parentId);
    }

    /** The draft that leaves {@code task} as it is; edits start from it. */
    public static TaskDraft of(Task task) {
        return new TaskDraft(task.title(), task.description(), task.type(), task.counterpartyId(),
                task.contactPersonId(), task.owner(), task.priority(), task.stage(), task.percentDone(), task.start(),
                task.deadline(), task.thread(), task.tags(), task.parentId());
    }
}
