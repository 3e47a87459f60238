package dev.relacja.scheduling.impl.alert;

import dev.relacja.core.api.error.NotAuthenticatedException;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.scheduling.api.Alert;
import dev.relacja.scheduling.api.AlertChannel;
import dev.relacja.scheduling.api.AlertService;
import dev.relacja.scheduling.api.UndeliverableAlertException;
import dev.relacja.scheduling.impl.CalendarReader;
import dev.relacja.scheduling.impl.SchedulingConfig;
import dev.relacja.scheduling.impl.persistence.AlertPlan;
import dev.relacja.scheduling.impl.persistence.AlertStore;
import dev.relacja.scheduling.impl.persistence.StoredAlert;
import dev.relacja.scheduling.impl.persistence.StoredDelivery;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskService;
import dev.relacja.tasks.api.TaskSlot;
import dev.relacja.tasks.api.TaskStatus;
import java.security.PrivilegedAction;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the alert table in step with the tasks and fires it: an item's alerts are derived from its anchor
 * (an activity's start, a task's deadline; the other when one is missing), its reminders (its own, else its
 * owner's, else the configured default) and its state (open items only). Task events sync one item; every
 * start and every {@code alertReconcileMinutes} reconcile all active operators' items from the tasks module,
 * read as each operator. A tick fires due alerts (one transaction records each fired alert with a pending
 * delivery per configured channel) and then delivers on the bound channels, retrying with backoff.
 *
 * <p>Alert rows change only under one lock (events, edits and the timer arrive on different threads); an
 * event that finds it taken is queued for the end of the running tick. Deliveries run outside the lock, so a
 * slow SMTP server never holds up task events.
 */
@Component(service = AlertEngine.class, configurationPid = SchedulingConfig.PID)
public class AlertEngine {
    private static final Logger LOG = LoggerFactory.getLogger(AlertEngine.class);
    /** Reconciliation looks this far ahead of now: the longest reminder, and a day's slack. */
    static final Duration HORIZON = Duration.ofMinutes(AlertService.MAX_MINUTES_BEFORE).plus(Duration.ofDays(1));
    /** Items read from the tasks module per query while reconciling one operator. */
    static final int PAGE = 2_000;
    /** Alerts fired, or deliveries tried, per transaction or batch. */
    static final int BATCH = 200;

    private final TaskService tasks;
    private final OperatorService operators;
    private final AlertStore store;
    private final AlertChannels channels;
    private final Clock clock;
    private final List<Integer> defaultReminders;
    private final List<String> channelNames;
    private final String runAs;
    private final Duration reconcileEvery;
    private final Duration catchUp;
    private final Duration grace;
    private final int attempts;
    private final Duration firstRetry;
    private final Duration longestRetry;
    private final ReentrantLock alertsLock = new ReentrantLock();
    private final Queue<ChangedTask> changed = new ConcurrentLinkedQueue<>();
    private Instant lastReconcile;

    @Activate
    public AlertEngine(@Reference TaskService tasks, @Reference OperatorService operators, @Reference AlertStore store,
            @Reference AlertChannels channels, SchedulingConfig config) {
        this(tasks, operators, store, channels, config, Clock.systemUTC());
    }

    /** An engine outside OSGi (tests), on the given clock. */
    public AlertEngine(TaskService tasks, OperatorService operators, AlertStore store, AlertChannels channels,
            SchedulingConfig config, Clock clock) {
        CalendarReader.checked(config);
        this.tasks = tasks;
        this.operators = operators;
        this.store = store;
        this.channels = channels;
        this.clock = clock;
        this.defaultReminders = config.reminderMinutes() == 0 ? List.of() : List.of(config.reminderMinutes());
        this.channelNames = Arrays.stream(config.alertChannels()).map(String::strip).distinct().toList();
        this.runAs = config.alertRunAs().strip();
        this.reconcileEvery = Duration.ofMinutes(config.alertReconcileMinutes());
        this.catchUp = Duration.ofDays(config.alertCatchUpDays());
        // two ticks behind (at least half a minute) is on time; later than that an alert is marked late
        this.grace = Duration.ofSeconds(Math.max(30L, 2L * config.alertTickSeconds()));
        this.attempts = config.alertAttempts();
        this.firstRetry = Duration.ofSeconds(config.alertRetrySeconds());
        this.longestRetry = Duration.ofMinutes(config.alertRetryMaxMinutes());
    }

    /** The reminders of an operator's items that have none of their own: the operator's, else the configured default. */
    private List<Integer> operatorDefault(long operatorId) {
        return store.operatorReminders(operatorId).orElse(defaultReminders);
    }

    List<Integer> configuredDefault() {
        return defaultReminders;
    }

    /**
     * A task event: the item's alerts follow at once unless the timer holds the alert rows (a reconciliation
     * after a start may take a while), in which case the item waits for the end of that tick. The event
     * thread never waits, so EventAdmin never times this handler out.
     */
    public void taskChanged(long taskId, String ownerLogin) {
        if (alertsLock.tryLock()) {
            try {
                syncQueued();
                sync(taskId, ownerLogin);
            } finally {
                alertsLock.unlock();
            }
        } else {
            changed.add(new ChangedTask(taskId, ownerLogin));
        }
    }

    /** After a change of an item's reminders: its alerts as its owner's view of it says. */
    public void syncTask(long taskId, String ownerLogin) {
        alertsLock.lock();
        try {
            sync(taskId, ownerLogin);
        } finally {
            alertsLock.unlock();
        }
    }

    /** The items whose events arrived while the alert rows were busy; called holding the lock. */
    private void syncQueued() {
        for (ChangedTask task = changed.poll(); task != null; task = changed.poll()) {
            try {
                sync(task.id(), task.owner());
            } catch (RuntimeException e) {
                LOG.warn("Alerts of item {} could not follow its change; the next reconciliation catches up", task.id(), e);
            }
        }
    }

    private void sync(long taskId, String ownerLogin) {
        Optional<Operator> owner = operator(ownerLogin);
        if (owner.isEmpty()) {
            // nobody to remind: whatever is still pending for the item goes
            store.apply(new AlertPlan(taskId, 0, ownerLogin, "", false, Set.of(), Instant.MAX, clock.instant()));
            return;
        }
        Optional<Task> task = as(owner.get(), () -> tasks.find(taskId));
        if (task.isEmpty() || !task.get().owner().equals(owner.get().username())) {
            // no longer theirs (a later event names the new owner) or gone
            store.retirePending(taskId, owner.get().id());
            return;
        }
        Task t = task.get();
        Instant now = clock.instant();
        List<Integer> reminders = store.itemReminders(t.id()).orElseGet(() -> operatorDefault(owner.get().id()));
        store.apply(plan(t.id(), owner.get(), t.title(), t.activity(), t.status(), t.start(), t.deadline(), reminders,
                now, now));
    }

    /** After an operator's reminders changed: their open items from now on, anew. */
    public void syncOperator(Operator operator) {
        Instant now = clock.instant();
        alertsLock.lock();
        try {
            reconcile(operator, now, now.plus(HORIZON), now);
        } finally {
            alertsLock.unlock();
        }
    }

    /**
     * One tick of the timer: reconcile when due (always first after a start, looking back to the last tick
     * before it, at most {@code alertCatchUpDays}), fire what is due, deliver, then record the heartbeat.
     */
    public void tick() {
        Instant now = clock.instant();
        int fired;
        alertsLock.lock();
        try {
            if (lastReconcile == null) {
                Optional<Instant> lastTick = store.lastTick();
                Instant since = lastTick.filter(t -> t.isBefore(now)).orElse(now);
                Instant floor = since.isBefore(now.minus(catchUp)) ? now.minus(catchUp) : since;
                reconcileAll(floor, since);
                lastReconcile = now;
            } else if (!now.isBefore(lastReconcile.plus(reconcileEvery))) {
                reconcileAll(now, now);
                lastReconcile = now;
            }
            syncQueued();
            fired = fireDue();
        } finally {
            alertsLock.unlock();
        }
        int tried = deliverDue();
        store.tick();
        if (fired + tried > 0) {
            LOG.debug("Alert tick: {} fired, {} deliveries tried", fired, tried);
        }
    }

    /** The active operator of that login, looked up as themself (only active operators can sign in). */
    private Optional<Operator> operator(String login) {
        try {
            return as(login, () -> operators.findByUsername(login)).filter(Operator::active);
        } catch (NotAuthenticatedException e) {
            return Optional.empty();
        }
    }

    /** Every active operator's items with an anchor in {@code [floor, now + HORIZON)}; inactive operators' pending alerts retire. */
    private void reconcileAll(Instant floor, Instant knownAt) {
        Instant to = clock.instant().plus(HORIZON);
        List<Operator> active;
        try {
            active = as(runAs, operators::list).stream().filter(Operator::active).toList();
        } catch (NotAuthenticatedException e) {
            LOG.error("Alerts are not reconciled: alertRunAs '{}' in {} is not an active operator; task events still "
                    + "keep alerts current", runAs, SchedulingConfig.PID);
            return;
        }
        int retired = store.retirePendingExcept(active.stream().map(Operator::id).collect(Collectors.toSet()));
        int added = 0;
        for (Operator operator : active) {
            try {
                added += reconcile(operator, floor, to, knownAt);
            } catch (RuntimeException e) {
                LOG.warn("Alerts of {} could not be reconciled; the next reconciliation tries again", operator.username(), e);
            }
        }
        LOG.info("Alerts reconciled for {} operators from {}: {} recorded or revived, {} of inactive operators retired",
                active.size(), floor, added, retired);
    }

    private int reconcile(Operator operator, Instant floor, Instant to, Instant knownAt) {
        Map<Long, TaskSlot> items = items(operator, floor, to);
        Set<Long> pending = store.pendingItems(operator.id(), floor, to);
        Map<Long, List<Integer>> own = store.itemReminders(items.keySet());
        List<Integer> operatorDefault = operatorDefault(operator.id());
        int added = 0;
        for (TaskSlot slot : items.values()) {
            pending.remove(slot.id());
            added += store.apply(plan(slot.id(), operator, slot.title(), slot.activity(), slot.status(), slot.start(),
                    slot.deadline(), own.getOrDefault(slot.id(), operatorDefault), floor, knownAt));
        }
        // pending alerts in the window whose item the operator no longer has there: done elsewhere, moved, reassigned
        for (long taskId : pending) {
            store.retirePending(taskId, operator.id());
        }
        return added;
    }

    /** The operator's items whose anchor lies in {@code [from, to)}, read as the operator, a page at a time. */
    private Map<Long, TaskSlot> items(Operator operator, Instant from, Instant to) {
        Map<Long, TaskSlot> items = new LinkedHashMap<>();
        Instant pageFrom = from;
        while (true) {
            Instant start = pageFrom;
            List<TaskSlot> page = as(operator, () -> tasks.slots(Set.of(operator.id()), start, to, PAGE));
            int before = items.size();
            Instant last = start;
            for (TaskSlot slot : page) {
                Instant anchor = anchor(slot.activity(), slot.start(), slot.deadline());
                if (!anchor.isBefore(from) && anchor.isBefore(to)) {
                    items.putIfAbsent(slot.id(), slot);
                }
                Instant first = slot.start() != null ? slot.start() : slot.deadline();
                last = first.isAfter(last) ? first : last;
            }
            if (page.size() < PAGE) {
                return items;
            }
            if (items.size() == before && !last.isAfter(start)) {
                LOG.warn("More than {} items of {} begin at {}; alerts of the rest wait for the next reconciliation",
                        PAGE, operator.username(), start);
                return items;
            }
            pageFrom = last.isAfter(start) ? last : start.plusMillis(1);
        }
    }

    static Instant anchor(boolean activity, Instant start, Instant deadline) {
        if (activity) {
            return start != null ? start : deadline;
        }
        return deadline != null ? deadline : start;
    }

    private static AlertPlan plan(long taskId, Operator owner, String title, boolean activity, TaskStatus status,
            Instant start, Instant deadline, List<Integer> reminders, Instant createFrom, Instant knownAt) {
        Instant anchor = anchor(activity, start, deadline);
        Set<AlertPlan.Reminder> wanted = new HashSet<>();
        if (status == TaskStatus.OPEN && anchor != null) {
            for (int minutes : reminders) {
                wanted.add(new AlertPlan.Reminder(minutes, anchor));
            }
        }
        return new AlertPlan(taskId, owner.id(), owner.username(), title, activity, wanted, createFrom, knownAt);
    }

    private int fireDue() {
        int fired = 0;
        List<StoredAlert> batch;
        do {
            batch = store.fireDue(channelNames, grace, BATCH);
            fired += batch.size();
            batch.stream().filter(StoredAlert::late).forEach(a -> LOG.info(
                    "Alert {} of item {} for {} fires late: due {}", a.id(), a.taskId(), a.operatorLogin(), a.dueAt()));
        } while (batch.size() == BATCH);
        return fired;
    }

    /** Tries every due delivery on a channel that is bound now; deliveries on absent channels wait for them. */
    private int deliverDue() {
        Map<String, AlertChannel> bound = channels.current();
        int tried = 0;
        List<StoredDelivery> batch;
        Set<Long> seen = new HashSet<>();
        do {
            batch = store.dueDeliveries(bound.keySet(), BATCH);
            for (StoredDelivery delivery : batch) {
                if (seen.add(delivery.id())) {
                    deliver(delivery, bound.get(delivery.channel()));
                    tried++;
                }
            }
        } while (batch.size() == BATCH && batch.stream().anyMatch(d -> !seen.contains(d.id())));
        return tried;
    }

    private void deliver(StoredDelivery delivery, AlertChannel channel) {
        Optional<StoredAlert> stored = store.alert(delivery.alertId());
        if (stored.isEmpty()) {
            store.skipped(delivery.id(), "the alert is gone");
            return;
        }
        Alert alert = toAlert(stored.get());
        try {
            deliverAs(alert, channel);
            store.delivered(delivery.id());
        } catch (UndeliverableAlertException e) {
            LOG.info("Alert {} cannot be delivered on {}: {}", alert.id(), delivery.channel(), e.getMessage());
            store.skipped(delivery.id(), e.getMessage());
        } catch (Exception e) {
            int attempt = delivery.attempts() + 1;
            Duration wait = attempt >= attempts ? null : backoff(attempt);
            String error = describe(e);
            if (wait == null) {
                LOG.warn("Alert {} on {} failed {} times, giving up: {}", alert.id(), delivery.channel(), attempt, error);
            } else {
                LOG.info("Alert {} on {} failed (attempt {}), retrying in {}: {}", alert.id(), delivery.channel(), attempt,
                        wait, error);
            }
            store.failed(delivery.id(), error, wait);
        }
    }

    /** The wait after the {@code attempt}-th failure: the first retry time, doubled each time, at most the longest. */
    Duration backoff(int attempt) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempt && wait.compareTo(longestRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().strip());
            }
        }
        return text.toString();
    }

    /** The alert as channels see it; {@link Alert#key()} is the same for every attempt and channel. */
    public static Alert toAlert(StoredAlert a) {
        return new Alert(a.id(), "relacja-alert-" + a.id(), a.taskId(), a.title(), a.activity(), a.operatorId(),
                a.operatorLogin(), a.anchorAt(), a.minutesBefore(), a.dueAt(), a.firedAt(), a.late());
    }

    /** A task event not yet followed. */
    private record ChangedTask(long id, String owner) {
    }

    private static <T> T as(Operator operator, Supplier<T> work) {
        return as(operator.username(), work);
    }

    @SuppressWarnings("removal") // Subject.doAs: Karaf 4.4's JAAS Subjects still travel this way on Java 17
    private static <T> T as(String login, Supplier<T> work) {
        return Subject.doAs(subject(login), (PrivilegedAction<T>) work::get);
    }

    /** Channels deliver as the alert's operator, so the API services they call answer as for them. */
    @SuppressWarnings("removal")
    private static void deliverAs(Alert alert, AlertChannel channel) throws Exception {
        try {
            Subject.doAs(subject(alert.operator()), (PrivilegedExceptionAction<Void>) () -> {
                channel.deliver(alert);
                return null;
            });
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    private static Subject subject(String login) {
        return new Subject(true, Set.of(new UserPrincipal(login)), Set.of(), Set.of());
    }
}
