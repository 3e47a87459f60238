package dev.relacja.scheduling.impl;

import dev.relacja.contacts.impl.CounterpartyServiceImpl;
import dev.relacja.contacts.impl.persistence.CounterpartyStore;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorDraft;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.core.api.security.Role;
import dev.relacja.core.api.error.NotAuthenticatedException;
import dev.relacja.core.api.events.RelacjaEvents;
import dev.relacja.scheduling.api.AlertChannel;
import dev.relacja.scheduling.impl.alert.AlertChannels;
import dev.relacja.scheduling.impl.alert.AlertEngine;
import dev.relacja.scheduling.impl.alert.AlertServiceImpl;
import dev.relacja.scheduling.impl.alert.TaskEventListener;
import dev.relacja.scheduling.impl.persistence.AlertStore;
import dev.relacja.scheduling.impl.persistence.SchedulingStore;
import dev.relacja.tasks.impl.TaskServiceImpl;
import dev.relacja.tasks.impl.persistence.TaskStore;
import dev.relacja.tasks.impl.persistence.TaskTypeStore;
import dev.relacja.testing.TestDatabase;
import dev.relacja.testing.TestOperators;
import java.lang.annotation.Annotation;
import java.security.AccessController;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.event.Event;

/**
 * The scheduling module over an in-memory Derby database with the real tasks and contacts modules
 * beside it, operators in memory (each with a time zone the test may change), and a caller the test
 * switches with {@link #as} or that a JAAS Subject names, as in Karaf.
 */
public final class SchedulingFixture implements AutoCloseable {
    public final TestDatabase db = new TestDatabase().migrate("contacts").migrate("tasks").migrate("scheduling");
    public final ZonedOperators operators = new ZonedOperators();
    public final TaskServiceImpl tasks;
    public final SchedulingStore store;
    public final CalendarReader reader;
    public final CalendarServiceImpl calendar;
    public final IcalFeedServiceImpl feeds;
    public final AlertStore alertStore;
    public final AlertChannels channels = new AlertChannels();
    public final AlertEngine engine;
    public final AlertServiceImpl alerts;
    /** Whether task events reach the alert engine (as EventAdmin would deliver them); off, they are lost. */
    public volatile boolean eventsDelivered = true;
    private volatile TaskEventListener listener;
    private volatile Caller caller;

    @SuppressWarnings("removal") // as SubjectCallerContext does on Java 17
    public final CallerContext callers = () -> {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            return subject.getPrincipals(UserPrincipal.class).stream().findFirst()
                    .flatMap(p -> operators.lookup(p.getName())).filter(Operator::active).map(this::callerOf);
        }
        return Optional.ofNullable(caller);
    };

    public SchedulingFixture(Clock clock) {
        this(clock, config(2000, 92));
    }

    public SchedulingFixture(Clock clock, SchedulingConfig config) {
        DomainEvents none = (module, event, properties) -> { };
        DomainEvents taskEvents = (module, event, properties) -> {
            TaskEventListener target = listener;
            if (eventsDelivered && target != null) {
                target.handleEvent(new Event(RelacjaEvents.topic(module, event), properties));
            }
        };
        var counterparties = new CounterpartyServiceImpl(CounterpartyStore.over(db.jpa("relacja-contacts"), clock), callers,
                operators, none);
        TaskTypeStore types = TaskTypeStore.over(db.jpa("relacja-tasks"));
        tasks = new TaskServiceImpl(TaskStore.over(db.jpa("relacja-tasks"), types, clock), types, callers, operators,
                counterparties, taskEvents, clock);
        var schedulingJpa = db.jpa("relacja-scheduling");
        store = SchedulingStore.over(schedulingJpa, clock);
        reader = new CalendarReader(tasks, callers, operators, store, config);
        calendar = new CalendarServiceImpl(reader, tasks);
        feeds = new IcalFeedServiceImpl(reader, store, config, clock);
        alertStore = AlertStore.over(schedulingJpa, clock);
        engine = new AlertEngine(tasks, operators, alertStore, channels, config, clock);
        alerts = new AlertServiceImpl(callers, operators, tasks, alertStore, engine);
        listener = new TaskEventListener(engine);
        operators.signedIn = () -> callers.find().isPresent();
    }

    /** A second engine over the same database, as after a restart: it has not reconciled yet. */
    public AlertEngine restartedEngine(Clock clock, SchedulingConfig config) {
        AlertEngine restarted = new AlertEngine(tasks, operators, alertStore, channels, config, clock);
        listener = new TaskEventListener(restarted);
        return restarted;
    }

    /** Binds {@code channel} under {@code name} as the whiteboard would. */
    public void bind(String name, int ranking, long serviceId, AlertChannel channel) {
        channels.addChannel(channel, Map.of(AlertChannel.CHANNEL, name, "service.ranking", ranking, "service.id", serviceId));
    }

    public SchedulingFixture as(Operator operator) {
        caller = callerOf(operator);
        return this;
    }

    private Caller callerOf(Operator operator) {
        return new Caller(operator.id(), operator.username(), operator.role(), operators.delegate.subordinatesOf(operator.id()));
    }

    /** Nobody signed in, as on the alert timer's thread: services asked now must be asked in a Subject. */
    public SchedulingFixture signOut() {
        caller = null;
        return this;
    }

    public Operator operator(long id, String username, Role role, Long supervisorId) {
        return operators.add(id, username, role, supervisorId);
    }

    @Override
    public void close() {
        db.close();
    }

    /** The scheduling configuration with its defaults, but the limits given. */
    public static SchedulingConfig config(int maxItems, int maxRangeDays) {
        return config(maxItems, maxRangeDays, "in-app", "email");
    }

    /** The scheduling configuration with its defaults, alerts delivered on {@code channels}. */
    public static SchedulingConfig alertConfig(String... channels) {
        return config(2000, 92, channels);
    }

    private static SchedulingConfig config(int maxItems, int maxRangeDays, String... channels) {
        return new SchedulingConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SchedulingConfig.class;
            }

            @Override
            public String[] workDays() {
                return new String[] {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"};
            }

            @Override
            public boolean skipHolidays() {
                return true;
            }

            @Override
            public int maxItems() {
                return maxItems;
            }

            @Override
            public int maxRangeDays() {
                return maxRangeDays;
            }

            @Override
            public int maxOperators() {
                return 100;
            }

            @Override
            public int reminderMinutes() {
                return 15;
            }

            @Override
            public int feedPastDays() {
                return 31;
            }

            @Override
            public int feedFutureDays() {
                return 366;
            }

            @Override
            public int feedMaxItems() {
                return 5000;
            }

            @Override
            public int alertTickSeconds() {
                return 30;
            }

            @Override
            public int alertReconcileMinutes() {
                return 60;
            }

            @Override
            public int alertCatchUpDays() {
                return 7;
            }

            @Override
            public String alertRunAs() {
                return "admin";
            }

            @Override
            public String[] alertChannels() {
                return channels.clone();
            }

            @Override
            public int alertAttempts() {
                return 4;
            }

            @Override
            public int alertRetrySeconds() {
                return 60;
            }

            @Override
            public int alertRetryMaxMinutes() {
                return 60;
            }
        };
    }

    /**
     * {@link TestOperators}, whose operators all live in Europe/Warsaw, with zones a test can change; like the
     * core's service it answers only someone signed in.
     */
    public static final class ZonedOperators implements OperatorService {
        private final TestOperators delegate = new TestOperators();
        private volatile java.util.function.BooleanSupplier signedIn = () -> true;
        private final Map<Long, ZoneId> zones = new ConcurrentHashMap<>();
        /** Runs before every {@link #list()}: a test holds a reconciliation there. */
        public volatile Runnable beforeList = () -> { };

        public Operator add(long id, String username, Role role, Long supervisorId) {
            return delegate.add(id, username, role, supervisorId);
        }

        public void zone(long id, ZoneId zone) {
            zones.put(id, zone);
        }

        private Operator zoned(Operator o) {
            ZoneId zone = zones.get(o.id());
            return zone == null ? o : new Operator(o.id(), o.username(), o.displayName(), o.email(), o.role(),
                    o.supervisorId(), zone, o.workStart(), o.workEnd(), o.active(), o.version());
        }

        @Override
        public Operator create(OperatorDraft draft, char[] password) {
            return delegate.create(draft, password);
        }

        @Override
        public Operator update(long id, long expectedVersion, OperatorDraft draft) {
            return delegate.update(id, expectedVersion, draft);
        }

        @Override
        public void changePassword(long id, char[] newPassword) {
            delegate.changePassword(id, newPassword);
        }

        @Override
        public Operator setActive(long id, boolean active) {
            return delegate.setActive(id, active);
        }

        public void deactivate(long id) {
            delegate.deactivate(id);
        }

        private void signedIn() {
            if (!signedIn.getAsBoolean()) {
                throw new NotAuthenticatedException();
            }
        }

        /** The operator of that login, for the caller context itself. */
        Optional<Operator> lookup(String username) {
            return delegate.findByUsername(username).map(this::zoned);
        }

        @Override
        public Optional<Operator> find(long id) {
            signedIn();
            return delegate.find(id).map(this::zoned);
        }

        @Override
        public Optional<Operator> findByUsername(String username) {
            signedIn();
            return lookup(username);
        }

        @Override
        public List<Operator> list() {
            signedIn();
            beforeList.run();
            return delegate.list().stream().map(this::zoned).toList();
        }

        @Override
        public Set<Long> subordinatesOf(long operatorId) {
            signedIn();
            return delegate.subordinatesOf(operatorId);
        }
    }
}
