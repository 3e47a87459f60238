package dev.relacja.scheduling.impl.alert;

import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.core.api.security.Role;
import dev.relacja.scheduling.api.AlertService;
import dev.relacja.scheduling.api.AlertSettings;
import dev.relacja.scheduling.api.AlertStatus;
import dev.relacja.scheduling.api.ItemReminders;
import dev.relacja.scheduling.api.MarkRead;
import dev.relacja.scheduling.api.Notifications;
import dev.relacja.scheduling.api.ReadReceipt;
import dev.relacja.scheduling.api.RemindersDraft;
import dev.relacja.scheduling.impl.persistence.AlertStore;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reminder settings and notifications at the edge: who may see or change what, every input checked before
 * anything changes, and the alerts brought in line at once after a change.
 */
@Component
public class AlertServiceImpl implements AlertService {
    /** The most ids one mark-read request may name. */
    static final int MAX_MARK = 1_000;

    private final CallerContext callers;
    private final OperatorService operators;
    private final TaskService tasks;
    private final AlertStore store;
    private final AlertEngine engine;

    @Activate
    public AlertServiceImpl(@Reference CallerContext callers, @Reference OperatorService operators,
            @Reference TaskService tasks, @Reference AlertStore store, @Reference AlertEngine engine) {
        this.callers = callers;
        this.operators = operators;
        this.tasks = tasks;
        this.store = store;
        this.engine = engine;
    }

    @Override
    public AlertSettings settings(String login) {
        Caller caller = callers.require(Role.VIEWER);
        Operator operator = manageable(caller, login, "see");
        return settingsOf(operator);
    }

    @Override
    public AlertSettings setSettings(String login, RemindersDraft draft) {
        Caller caller = callers.require(Role.OPERATOR);
        Operator operator = manageable(caller, login, "change");
        List<Integer> minutes = validate(draft);
        store.saveOperatorReminders(operator.id(), minutes, caller.operatorId());
        engine.syncOperator(operator);
        return settingsOf(operator);
    }

    @Override
    public AlertSettings resetSettings(String login) {
        Caller caller = callers.require(Role.OPERATOR);
        Operator operator = manageable(caller, login, "change");
        store.dropOperatorReminders(operator.id());
        engine.syncOperator(operator);
        return settingsOf(operator);
    }

    private AlertSettings settingsOf(Operator operator) {
        Optional<List<Integer>> own = store.operatorReminders(operator.id());
        return new AlertSettings(operator.username(), own.orElse(engine.configuredDefault()), own.isPresent());
    }

    private Operator manageable(Caller caller, String login, String verb) {
        String stripped = login == null ? "" : login.strip();
        if (stripped.isEmpty()) {
            throw new ValidationException("login", "name an operator by login");
        }
        Operator operator = operators.findByUsername(stripped)
                .orElseThrow(() -> new ValidationException("login", "no operator has the login '" + stripped + "'"));
        if (!caller.has(Role.ADMIN) && !caller.supervises(operator.id())) {
            throw new AccessDeniedException(caller.username() + " may not " + verb + " the alert settings of "
                    + operator.username() + ": only their own, their subordinates' or, for admins, anyone's");
        }
        return operator;
    }

    @Override
    public ItemReminders reminders(long itemId) {
        callers.require(Role.VIEWER);
        return remindersOf(visible(itemId));
    }

    @Override
    public ItemReminders setReminders(long itemId, RemindersDraft draft) {
        Caller caller = callers.require(Role.OPERATOR);
        Task task = visible(itemId);
        List<Integer> minutes = validate(draft);
        store.saveItemReminders(task.id(), minutes, caller.operatorId());
        engine.syncTask(task.id(), task.owner());
        return remindersOf(task);
    }

    @Override
    public ItemReminders resetReminders(long itemId) {
        callers.require(Role.OPERATOR);
        Task task = visible(itemId);
        store.dropItemReminders(task.id());
        engine.syncTask(task.id(), task.owner());
        return remindersOf(task);
    }

    @Override
    public List<AlertStatus> alerts(long itemId) {
        callers.require(Role.VIEWER);
        Task task = visible(itemId);
        return store.alerts(task.id()).stream().map(alert -> new AlertStatus(alert.id(), alert.operatorLogin(),
                alert.minutesBefore(), alert.anchorAt(), alert.dueAt(), alert.state().name(), alert.firedAt(), alert.late(),
                store.deliveries(alert.id()).stream().map(d -> new AlertStatus.Delivery(d.channel(), d.state().name(),
                        d.attempts(), d.nextAttemptAt(), d.lastError(), d.deliveredAt())).toList())).toList();
    }

    private Task visible(long itemId) {
        return tasks.find(itemId).orElseThrow(() -> new NotFoundException("Task", itemId));
    }

    private ItemReminders remindersOf(Task task) {
        Optional<List<Integer>> own = store.itemReminders(task.id());
        if (own.isPresent()) {
            return new ItemReminders(task.id(), task.owner(), own.get(), ItemReminders.ITEM);
        }
        Optional<Operator> owner = operators.findByUsername(task.owner());
        Optional<List<Integer>> operatorOwn = owner.flatMap(o -> store.operatorReminders(o.id()));
        return operatorOwn.map(m -> new ItemReminders(task.id(), task.owner(), m, ItemReminders.OPERATOR))
                .orElseGet(() -> new ItemReminders(task.id(), task.owner(), engine.configuredDefault(), ItemReminders.DEFAULT));
    }

    /** The minutes of {@code draft}, ascending; every mistake reported at once. */
    static List<Integer> validate(RemindersDraft draft) {
        if (draft == null || draft.reminders() == null) {
            throw new ValidationException("reminders", "send reminders: minutes before the start or deadline, e.g. "
                    + "{\"reminders\": [15, 60]}; [] for none");
        }
        List<FieldError> errors = new ArrayList<>();
        if (draft.reminders().size() > MAX_REMINDERS) {
            errors.add(new FieldError("reminders", "at most " + MAX_REMINDERS + " reminders, not " + draft.reminders().size()));
        }
        Set<Integer> seen = new HashSet<>();
        for (Integer minutes : draft.reminders()) {
            if (minutes == null) {
                errors.add(new FieldError("reminders", "a reminder is a number of minutes, not null"));
            } else if (minutes < 0 || minutes > MAX_MINUTES_BEFORE) {
                errors.add(new FieldError("reminders", minutes + " is out of range: 0 (at the start or deadline) to "
                        + MAX_MINUTES_BEFORE + " minutes (four weeks) before"));
            } else if (!seen.add(minutes)) {
                errors.add(new FieldError("reminders", minutes + " minutes appears more than once"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return List.copyOf(new TreeSet<>(seen));
    }

    @Override
    public Notifications notifications(boolean unreadOnly, int limit) {
        Caller caller = callers.require(Role.VIEWER);
        if (limit < 1 || limit > MAX_LIST) {
            throw new ValidationException("limit", "limit must be 1 to " + MAX_LIST + ", not " + limit);
        }
        return new Notifications(store.unread(caller.operatorId()),
                store.notifications(caller.operatorId(), unreadOnly, limit));
    }

    @Override
    public ReadReceipt markRead(MarkRead request) {
        Caller caller = callers.require(Role.VIEWER);
        boolean all = request != null && Boolean.TRUE.equals(request.all());
        List<Long> ids = request == null ? null : request.ids();
        if (all == (ids != null)) {
            throw new ValidationException("ids", "send either {\"ids\": [1, 2]} or {\"all\": true}");
        }
        Set<Long> chosen = null;
        if (!all) {
            List<FieldError> errors = new ArrayList<>();
            if (ids.isEmpty()) {
                errors.add(new FieldError("ids", "name at least one notification"));
            } else if (ids.size() > MAX_MARK) {
                errors.add(new FieldError("ids", "at most " + MAX_MARK + " ids at once, not " + ids.size()));
            } else if (ids.stream().anyMatch(id -> id == null || id <= 0)) {
                errors.add(new FieldError("ids", "ids are positive numbers"));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            chosen = new LinkedHashSet<>(ids);
            Set<Long> foreign = store.notMine(caller.operatorId(), chosen);
            if (!foreign.isEmpty()) {
                throw new ValidationException("ids", "you have no notification "
                        + foreign.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")) + "; nothing was marked");
            }
        }
        int marked = store.markRead(caller.operatorId(), chosen);
        return new ReadReceipt(marked, store.unread(caller.operatorId()));
    }
}
