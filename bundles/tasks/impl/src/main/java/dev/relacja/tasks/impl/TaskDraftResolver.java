package dev.relacja.tasks.impl;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.error.FieldChecks;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.tasks.api.Priority;
import dev.relacja.tasks.api.Stage;
import dev.relacja.tasks.api.TaskDraft;
import dev.relacja.tasks.api.TaskType;
import dev.relacja.tasks.impl.persistence.StoredTask;
import dev.relacja.tasks.impl.persistence.TaskFields;
import dev.relacja.tasks.impl.persistence.TaskTypeStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a draft against every rule at once and resolves it into {@link TaskFields}: all broken rules
 * are reported together, and nothing is stored unless there are none. What a draft leaves out comes
 * from the task being edited, or from the defaults for a new one.
 */
final class TaskDraftResolver {
    static final String DEFAULT_TYPE = "task";
    static final int MAX_TAGS = 20;

    private final TaskTypeStore types;
    private final CounterpartyService counterparties;
    private final OperatorNames names;

    TaskDraftResolver(TaskTypeStore types, CounterpartyService counterparties, OperatorNames names) {
        this.types = types;
        this.counterparties = counterparties;
        this.names = names;
    }

    /** @param existing the task being edited, or null for a new one; {@code callerId} owns a new task by default */
    TaskFields resolve(TaskDraft draft, StoredTask existing, long callerId) {
        if (draft == null) {
            throw new ValidationException("body", "send the task");
        }
        List<FieldError> errors = new ArrayList<>();
        String title = FieldChecks.text(errors, "title", draft.title(), 200, true);
        String description = FieldChecks.text(errors, "description", draft.description(), 4000, false);
        String thread = FieldChecks.text(errors, "thread", draft.thread(), 200, false);
        List<String> tags = tags(errors, draft.tags());

        String typeCode = draft.type() != null ? draft.type().strip() : existing != null ? existing.type() : DEFAULT_TYPE;
        Optional<TaskType> type = types.find(typeCode);
        Stage stage = null;
        if (type.isEmpty()) {
            errors.add(new FieldError("type", "no task type '" + typeCode + "'; known types: "
                    + types.list().stream().map(TaskType::code).collect(Collectors.joining(", "))));
        } else {
            stage = stage(errors, type.get(), draft.stage(), existing);
        }

        Integer percent = draft.percentDone();
        if (percent != null && (percent < 0 || percent > 100)) {
            errors.add(new FieldError("percentDone", "percent done is 0 to 100, not " + percent));
        }
        if (draft.start() != null && draft.deadline() != null && draft.deadline().isBefore(draft.start())) {
            errors.add(new FieldError("deadline", "the deadline " + draft.deadline() + " is before the start " + draft.start()));
        }
        Long ownerId = owner(errors, draft.owner(), existing, callerId);
        checkCounterparty(errors, draft.counterpartyId(), draft.contactPersonId());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Priority priority = draft.priority() != null ? draft.priority()
                : existing != null ? existing.priority() : Priority.NORMAL;
        return new TaskFields(title, description, type.get(), draft.counterpartyId(), draft.contactPersonId(), ownerId,
                priority, stage, percent, draft.start(), draft.deadline(), thread, tags, draft.parentId());
    }

    /** A stage of {@code type}; a left-out stage keeps the edited task's (if the type has it) or starts at the first. */
    static Stage stage(List<FieldError> errors, TaskType type, String code, StoredTask existing) {
        if (code == null || code.isBlank()) {
            if (existing != null && type.stage(existing.stage()).isPresent()) {
                return type.stage(existing.stage()).get();
            }
            return type.initialStage();
        }
        Optional<Stage> stage = type.stage(code.strip());
        if (stage.isEmpty()) {
            errors.add(new FieldError("stage", "'" + code.strip() + "' is not a stage of " + type.code() + "; its stages are "
                    + type.stages().stream().map(Stage::code).collect(Collectors.joining(", "))));
            return null;
        }
        return stage.get();
    }

    private Long owner(List<FieldError> errors, String login, StoredTask existing, long callerId) {
        if (login == null || login.isBlank()) {
            return existing != null ? existing.ownerId() : callerId;
        }
        try {
            return names.active("owner", login).id();
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private void checkCounterparty(List<FieldError> errors, Long counterpartyId, Long contactPersonId) {
        if (counterpartyId != null && counterparties.find(counterpartyId).isEmpty()) {
            errors.add(new FieldError("counterpartyId", "no counterparty #" + counterpartyId));
            return;
        }
        if (contactPersonId != null) {
            Optional<ContactPerson> person = counterparties.findContactPerson(contactPersonId);
            if (counterpartyId == null) {
                errors.add(new FieldError("contactPersonId", "name the counterparty the contact person works for"));
            } else if (person.isEmpty() || person.get().counterpartyId() != counterpartyId) {
                errors.add(new FieldError("contactPersonId", "contact person #" + contactPersonId
                        + " does not belong to counterparty #" + counterpartyId));
            }
        }
    }

    /** Tags are lower case, without commas, each at most 50 characters, at most {@value #MAX_TAGS}. */
    static List<String> tags(List<FieldError> errors, List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> normalized = new LinkedHashSet<>();
        for (String tag : tags) {
            String value = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty() || value.length() > 50 || value.contains(",")) {
                errors.add(new FieldError("tags", "a tag is 1 to 50 characters without commas: '" + tag + "'"));
            } else {
                normalized.add(value);
            }
        }
        if (normalized.size() > MAX_TAGS) {
            errors.add(new FieldError("tags", "at most " + MAX_TAGS + " tags"));
        }
        return List.copyOf(normalized);
    }
}
