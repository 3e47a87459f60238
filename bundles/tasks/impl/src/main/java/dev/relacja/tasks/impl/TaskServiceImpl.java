package dev.relacja.tasks.impl;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.FieldChecks;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.events.RelacjaEvents;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.core.api.security.Role;
import dev.relacja.tasks.api.LogEntry;
import dev.relacja.tasks.api.LogKind;
import dev.relacja.tasks.api.Reassignment;
import dev.relacja.tasks.api.Stage;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskDraft;
import dev.relacja.tasks.api.TaskEvents;
import dev.relacja.tasks.api.TaskQuery;
import dev.relacja.tasks.api.TaskService;
import dev.relacja.tasks.api.TaskSlot;
import dev.relacja.tasks.api.TaskStatus;
import dev.relacja.tasks.api.TaskType;
import dev.relacja.tasks.api.TeamMemberSummary;
import dev.relacja.tasks.api.ThreadSummary;
import dev.relacja.tasks.api.WorkReport;
import dev.relacja.tasks.impl.persistence.StoredLogEntry;
import dev.relacja.tasks.impl.persistence.StoredTask;
import dev.relacja.tasks.impl.persistence.TaskAggregates.OperatorCounts;
import dev.relacja.tasks.impl.persistence.TaskFields;
import dev.relacja.tasks.impl.persistence.TaskStore;
import dev.relacja.tasks.impl.persistence.TaskTypeStore;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The task service: checks who calls and what they may see, validates, stores, and announces each change. */
@Component
public class TaskServiceImpl implements TaskService {
    static final int MAX_MINUTES_PER_ENTRY = 24 * 60;
    private static final int MAX_THREADS = 200;

    private final TaskStore store;
    private final TaskTypeStore types;
    private final CallerContext callers;
    private final OperatorService operators;
    private final CounterpartyService counterparties;
    private final DomainEvents events;
    private final Clock clock;

    @Activate
    public TaskServiceImpl(@Reference TaskStore store, @Reference TaskTypeStore types, @Reference CallerContext callers,
            @Reference OperatorService operators, @Reference CounterpartyService counterparties,
            @Reference DomainEvents events) {
        this(store, types, callers, operators, counterparties, events, Clock.systemUTC());
    }

    /** A service outside OSGi, e.g. in tests and benchmarks, with its own clock. */
    public TaskServiceImpl(TaskStore store, TaskTypeStore types, CallerContext callers, OperatorService operators,
            CounterpartyService counterparties, DomainEvents events, Clock clock) {
        this.store = store;
        this.types = types;
        this.callers = callers;
        this.operators = operators;
        this.counterparties = counterparties;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Task create(TaskDraft draft) {
        Caller caller = callers.require(Role.OPERATOR);
        Visibility visibility = new Visibility(caller);
        OperatorNames names = new OperatorNames(operators);
        TaskFields fields = new TaskDraftResolver(types, counterparties, names).resolve(draft, null, caller.operatorId());
        StoredTask created = store.create(fields, caller.operatorId(), visibility.editor());
        publish(TaskEvents.CREATED, created, caller, names);
        if (created.ownerId() != caller.operatorId()) {
            publish(TaskEvents.DELEGATED, created, caller, names);
        }
        if (created.parentId() != null) {
            publish(TaskEvents.UPDATED, store.find(created.parentId()).orElseThrow(), caller, names);
        }
        return view(created, names);
    }

    @Override
    public Task update(long id, long expectedVersion, TaskDraft draft) {
        Caller caller = callers.require(Role.OPERATOR);
        Visibility visibility = new Visibility(caller);
        OperatorNames names = new OperatorNames(operators);
        StoredTask existing = visible(id, visibility);
        TaskFields fields = new TaskDraftResolver(types, counterparties, names).resolve(draft, existing, caller.operatorId());
        StoredTask updated = store.update(id, expectedVersion, fields, caller.operatorId(), visibility.editor(),
                visibility.editor());
        publish(TaskEvents.UPDATED, updated, caller, names);
        if (updated.ownerId() != existing.ownerId()) {
            publish(TaskEvents.DELEGATED, updated, caller, names);
        }
        if (updated.status() != existing.status()) {
            publish(updated.status() == TaskStatus.DONE ? TaskEvents.COMPLETED : TaskEvents.REOPENED, updated, caller, names);
        }
        return view(updated, names);
    }

    @Override
    public Task report(long id, WorkReport report) {
        Caller caller = callers.require(Role.OPERATOR);
        Visibility visibility = new Visibility(caller);
        StoredTask existing = visible(id, visibility);
        if (report == null) {
            throw new ValidationException("body", "send the stage, percent done, minutes spent or a comment");
        }
        List<FieldError> errors = new ArrayList<>();
        TaskType type = types.find(existing.type()).orElseThrow();
        Stage stage = report.stage() == null || report.stage().isBlank() ? null
                : TaskDraftResolver.stage(errors, type, report.stage(), existing);
        if (report.percentDone() != null && (report.percentDone() < 0 || report.percentDone() > 100)) {
            errors.add(new FieldError("percentDone", "percent done is 0 to 100, not " + report.percentDone()));
        }
        if (report.minutesSpent() != null && (report.minutesSpent() < 1 || report.minutesSpent() > MAX_MINUTES_PER_ENTRY)) {
            errors.add(new FieldError("minutesSpent", "report 1 to " + MAX_MINUTES_PER_ENTRY + " minutes per entry"));
        }
        String comment = FieldChecks.text(errors, "comment", report.comment(), 4000, false);
        if (errors.isEmpty() && stage == null && report.percentDone() == null && report.minutesSpent() == null
                && comment == null) {
            errors.add(new FieldError("body", "send the stage, percent done, minutes spent or a comment"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        StoredTask updated = store.report(id, stage, report.percentDone(), report.minutesSpent(), comment,
                caller.operatorId(), visibility.editor());
        OperatorNames names = new OperatorNames(operators);
        publish(TaskEvents.PROGRESSED, updated, caller, names);
        if (updated.status() != existing.status()) {
            publish(updated.status() == TaskStatus.DONE ? TaskEvents.COMPLETED : TaskEvents.REOPENED, updated, caller, names);
        }
        return view(updated, names);
    }

    @Override
    public Task complete(long id, boolean closeOpenSubtasks) {
        Caller caller = callers.require(Role.OPERATOR);
        StoredTask done = store.complete(id, closeOpenSubtasks, caller.operatorId(), new Visibility(caller).editor());
        OperatorNames names = new OperatorNames(operators);
        publish(TaskEvents.COMPLETED, done, caller, names);
        return view(done, names);
    }

    @Override
    public Task reopen(long id) {
        Caller caller = callers.require(Role.OPERATOR);
        StoredTask reopened = store.reopen(id, caller.operatorId(), new Visibility(caller).editor());
        OperatorNames names = new OperatorNames(operators);
        publish(TaskEvents.REOPENED, reopened, caller, names);
        return view(reopened, names);
    }

    @Override
    public Task reassign(long id, String newOwner) {
        Caller caller = callers.require(Role.OPERATOR);
        OperatorNames names = new OperatorNames(operators);
        Operator owner = names.active("owner", requireLogin("owner", newOwner));
        List<StoredTask> moved = store.reassign(List.of(id), owner.id(), caller.operatorId(), new Visibility(caller).editor());
        moved.forEach(task -> publish(TaskEvents.REASSIGNED, task, caller, names));
        return view(moved.isEmpty() ? store.find(id).orElseThrow() : moved.get(0), names);
    }

    @Override
    public List<Long> reassign(Reassignment reassignment) {
        Caller caller = callers.require(Role.OPERATOR);
        if (reassignment == null) {
            throw new ValidationException("body", "send from, to and optionally taskIds");
        }
        Visibility visibility = new Visibility(caller);
        OperatorNames names = new OperatorNames(operators);
        List<FieldError> errors = new ArrayList<>();
        Operator from = operatorOrError(errors, "from", reassignment.from(), names::existing);
        Operator to = operatorOrError(errors, "to", reassignment.to(), names::active);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!visibility.supervises(from.id())) {
            throw new AccessDeniedException(caller.username() + " does not supervise " + from.username());
        }
        List<Long> ids = reassignment.taskIds().isEmpty() ? store.openTaskIds(from.id()) : reassignment.taskIds();
        List<StoredTask> moved = store.reassign(ids, to.id(), caller.operatorId(), task -> {
            visibility.editor().check(task);
            if (task.ownerId() != from.id()) {
                throw new ValidationException("taskIds", "task #" + task.id() + " is not " + from.username() + "'s");
            }
        });
        moved.forEach(task -> publish(TaskEvents.REASSIGNED, task, caller, names));
        return moved.stream().map(StoredTask::id).toList();
    }

    @Override
    public Optional<Task> find(long id) {
        Caller caller = callers.require(Role.VIEWER);
        return store.find(id).filter(new Visibility(caller)::canSee).map(task -> view(task, new OperatorNames(operators)));
    }

    @Override
    public Page<Task> search(TaskQuery query, PageRequest page) {
        Caller caller = callers.require(Role.VIEWER);
        Visibility visibility = new Visibility(caller);
        OperatorNames names = new OperatorNames(operators);
        TaskQuery filters = query == null ? TaskQuery.ALL : query;
        Long ownerId = filters.owner() == null || filters.owner().isBlank() ? null
                : names.existing("owner", filters.owner()).id();
        Page<StoredTask> found = store.search(filters, visibility.limit(), ownerId, visibility.team(), page);
        return new Page<>(views(found.items(), names), found.page(), found.size(), found.total());
    }

    @Override
    public List<TaskSlot> slots(Set<Long> ownerIds, Instant from, Instant to, int limit) {
        Caller caller = callers.require(Role.VIEWER);
        Visibility visibility = new Visibility(caller);
        List<FieldError> errors = new ArrayList<>();
        if (ownerIds == null || ownerIds.isEmpty()) {
            errors.add(new FieldError("operators", "name at least one operator"));
        }
        if (from == null) {
            errors.add(new FieldError("from", "from is required"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "to is required"));
        }
        if (from != null && to != null && !to.isAfter(from)) {
            errors.add(new FieldError("to", "to (" + to + ") must be after from (" + from + ")"));
        }
        if (limit < 1) {
            errors.add(new FieldError("limit", "the limit is at least 1"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        for (long ownerId : ownerIds) {
            if (!visibility.supervises(ownerId)) {
                throw new AccessDeniedException(caller.username() + " may not see the tasks of operator "
                        + new OperatorNames(operators).login(ownerId) + ": only their own, their subordinates' or, for admins, anyone's");
            }
        }
        return store.slots(Set.copyOf(ownerIds), from, to, limit);
    }

    @Override
    public List<Task> subtasks(long id) {
        Caller caller = callers.require(Role.VIEWER);
        Visibility visibility = new Visibility(caller);
        visible(id, visibility);
        return views(store.children(id).stream().filter(visibility::canSee).toList(), new OperatorNames(operators));
    }

    @Override
    public List<LogEntry> log(long id) {
        Caller caller = callers.require(Role.VIEWER);
        visible(id, new Visibility(caller));
        OperatorNames names = new OperatorNames(operators);
        return store.log(id).stream().map(entry -> logEntry(entry, names)).toList();
    }

    @Override
    public List<ThreadSummary> threads(Long counterpartyId) {
        Caller caller = callers.require(Role.VIEWER);
        return store.aggregates().threads(new Visibility(caller).limit(), counterpartyId, MAX_THREADS).stream()
                .map(t -> new ThreadSummary(t.thread(), t.activities(), t.tasks(), t.open(), t.last())).toList();
    }

    @Override
    public List<TeamMemberSummary> teamOverview() {
        Caller caller = callers.require(Role.VIEWER);
        List<Operator> members = caller.has(Role.ADMIN)
                ? operators.list().stream().filter(Operator::active).toList()
                : new Visibility(caller).team().stream().map(operators::find).flatMap(Optional::stream).toList();
        ZoneId zone = operators.find(caller.operatorId()).map(Operator::timeZone).orElse(ZoneId.of("Europe/Warsaw"));
        Instant weekStart = LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(zone).toInstant();
        Map<Long, OperatorCounts> counts = store.aggregates()
                .perOperator(members.stream().map(Operator::id).toList(), weekStart);
        return members.stream()
                .sorted(Comparator.comparing(Operator::username))
                .map(m -> {
                    OperatorCounts c = counts.get(m.id());
                    return new TeamMemberSummary(m.username(), m.displayName(), c.open(), c.overdue(), c.doneSince(),
                            c.minutesSince());
                })
                .toList();
    }

    private StoredTask visible(long id, Visibility visibility) {
        return store.find(id).filter(visibility::canSee).orElseThrow(() -> new NotFoundException("Task", id));
    }

    private static String requireLogin(String field, String login) {
        if (login == null || login.isBlank()) {
            throw new ValidationException(field, "name the operator by login");
        }
        return login;
    }

    private interface OperatorLookup {
        Operator find(String field, String login);
    }

    private static Operator operatorOrError(List<FieldError> errors, String field, String login, OperatorLookup lookup) {
        if (login == null || login.isBlank()) {
            errors.add(new FieldError(field, "name the operator by login"));
            return null;
        }
        try {
            return lookup.find(field, login);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private List<Task> views(List<StoredTask> tasks, OperatorNames names) {
        Set<Long> ids = new HashSet<>();
        tasks.forEach(t -> ids.add(t.id()));
        Map<Long, Integer> openSubtasks = store.openSubtaskCounts(ids);
        Instant now = clock.instant();
        return tasks.stream().map(t -> view(t, names, openSubtasks.getOrDefault(t.id(), 0), now)).toList();
    }

    private Task view(StoredTask task, OperatorNames names) {
        return view(task, names, store.openSubtaskCounts(List.of(task.id())).getOrDefault(task.id(), 0), clock.instant());
    }

    private static Task view(StoredTask t, OperatorNames names, int openSubtasks, Instant now) {
        boolean overdue = t.status() == TaskStatus.OPEN && t.deadline() != null && t.deadline().isBefore(now);
        return new Task(t.id(), t.title(), t.description(), t.type(), t.activity(), t.counterpartyId(),
                t.contactPersonId(), names.login(t.ownerId()), names.login(t.delegatedById()), t.priority(), t.stage(),
                t.status(), t.percentDone(), t.percentManual(), t.start(), t.deadline(), t.completedAt(), t.thread(),
                t.tags(), t.parentId(), t.rootId(), t.depth(), openSubtasks, overdue, names.login(t.createdById()),
                t.createdAt(), t.updatedAt(), t.version());
    }

    private static LogEntry logEntry(StoredLogEntry e, OperatorNames names) {
        boolean owners = e.kind() == LogKind.OWNER;
        return new LogEntry(e.id(), e.taskId(), e.at(), names.login(e.operatorId()), e.kind(),
                owners && e.from() != null ? names.login(Long.valueOf(e.from())) : e.from(),
                owners && e.to() != null ? names.login(Long.valueOf(e.to())) : e.to(),
                e.minutesSpent(), e.text());
    }

    private void publish(String event, StoredTask task, Caller caller, OperatorNames names) {
        events.publishAfterCommit(TaskEvents.MODULE, event, Map.of(RelacjaEvents.ID, task.id(),
                RelacjaEvents.OPERATOR, caller.username(), TaskEvents.OWNER, names.login(task.ownerId())));
    }
}
