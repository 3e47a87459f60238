package dev.relacja.scheduling.impl;

import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.core.api.security.Role;
import dev.relacja.scheduling.api.CalendarItem;
import dev.relacja.scheduling.api.CalendarRequest;
import dev.relacja.scheduling.api.CalendarView;
import dev.relacja.scheduling.api.WorkingHours;
import dev.relacja.scheduling.impl.persistence.SchedulingStore;
import dev.relacja.scheduling.impl.persistence.StoredHours;
import dev.relacja.tasks.api.TaskService;
import dev.relacja.tasks.api.TaskSlot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the calendar, the load summary and the feeds share: who asks, which operators they may look at,
 * the dedicated slot query of the tasks module, and the working hours that apply to an operator.
 */
@Component(service = CalendarReader.class, configurationPid = SchedulingConfig.PID)
@Designate(ocd = SchedulingConfig.class)
public class CalendarReader {
    private static final Logger LOG = LoggerFactory.getLogger(CalendarReader.class);

    private final TaskService tasks;
    private final CallerContext callers;
    private final OperatorService operators;
    private final SchedulingStore store;
    private final Set<DayOfWeek> defaultDays;
    private final boolean defaultSkipHolidays;
    final SchedulingConfig config;

    @Activate
    public CalendarReader(@Reference TaskService tasks, @Reference CallerContext callers,
            @Reference OperatorService operators, @Reference SchedulingStore store, SchedulingConfig config) {
        this.tasks = tasks;
        this.callers = callers;
        this.operators = operators;
        this.store = store;
        this.config = checked(config);
        this.defaultDays = days(Arrays.asList(config.workDays()));
        this.defaultSkipHolidays = config.skipHolidays();
    }

    /**
     * The configuration, its limits in range: Configuration Admin does not enforce the metatype's bounds, and a
     * limit of 0 would refuse every request as if the caller had asked wrongly.
     */
    public static SchedulingConfig checked(SchedulingConfig config) {
        List<String> problems = new ArrayList<>();
        within(problems, "maxItems", config.maxItems(), 1, 20_000);
        within(problems, "maxRangeDays", config.maxRangeDays(), 1, 400);
        within(problems, "maxOperators", config.maxOperators(), 1, 1_000);
        within(problems, "reminderMinutes", config.reminderMinutes(), 0, 10_080);
        within(problems, "feedPastDays", config.feedPastDays(), 0, 3_660);
        within(problems, "feedFutureDays", config.feedFutureDays(), 1, 3_660);
        within(problems, "feedMaxItems", config.feedMaxItems(), 1, 100_000);
        within(problems, "alertTickSeconds", config.alertTickSeconds(), 1, 3_600);
        within(problems, "alertReconcileMinutes", config.alertReconcileMinutes(), 1, 1_440);
        within(problems, "alertCatchUpDays", config.alertCatchUpDays(), 0, 366);
        within(problems, "alertAttempts", config.alertAttempts(), 1, 100);
        within(problems, "alertRetrySeconds", config.alertRetrySeconds(), 1, 86_400);
        within(problems, "alertRetryMaxMinutes", config.alertRetryMaxMinutes(), 1, 1_440);
        if (config.alertRunAs() == null || config.alertRunAs().isBlank()) {
            problems.add("alertRunAs must name an operator");
        }
        for (String channel : config.alertChannels()) {
            if (channel == null || !channel.strip().matches("[a-z0-9-]{1,40}")) {
                problems.add("alertChannels lists '" + channel + "', which is not a channel name ([a-z0-9-], at most 40)");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(SchedulingConfig.PID + ": " + String.join("; ", problems));
        }
        return config;
    }

    private static void within(List<String> problems, String key, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(key + " must be " + min + " to " + max + ", not " + value);
        }
    }

    /** The configured days; a misspelt one is left out with a warning rather than stopping the calendar. */
    private static Set<DayOfWeek> days(List<String> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            try {
                days.add(DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                LOG.warn("{}: workDays lists '{}', which is not MONDAY..SUNDAY; it is ignored", SchedulingConfig.PID, name);
            }
        }
        return days;
    }

    Caller caller(Role role) {
        return callers.require(role);
    }

    Operator operator(Caller caller) {
        return operators.find(caller.operatorId()).orElseThrow(() -> new AccessDeniedException(
                caller.username() + " is no longer an operator"));
    }

    /**
     * The operators a request names, in the order named: none is the caller, {@code team} the caller and
     * every subordinate. An unknown login is a 400; one the caller does not supervise a 403.
     */
    List<Operator> resolve(Caller caller, List<String> logins) {
        Map<Long, Operator> found = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        if (logins.isEmpty()) {
            Operator self = operator(caller);
            found.put(self.id(), self);
        }
        for (String raw : logins) {
            String login = raw == null ? "" : raw.strip();
            if (login.isEmpty()) {
                errors.add(new FieldError("operators", "an empty login; separate logins with commas"));
            } else if (login.equalsIgnoreCase(CalendarRequest.TEAM)) {
                Operator self = operator(caller);
                found.put(self.id(), self);
                caller.subordinateIds().stream().sorted().forEach(id -> operators.find(id)
                        .filter(Operator::active).ifPresent(o -> found.putIfAbsent(o.id(), o)));
            } else {
                operators.findByUsername(login).ifPresentOrElse(o -> found.putIfAbsent(o.id(), o),
                        () -> errors.add(new FieldError("operators", "no operator has the login '" + login + "'")));
            }
        }
        if (found.size() > config.maxOperators()) {
            errors.add(new FieldError("operators", "at most " + config.maxOperators() + " operators at once, not "
                    + found.size()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<String> refused = found.values().stream()
                .filter(o -> !caller.has(Role.ADMIN) && !caller.supervises(o.id()))
                .map(Operator::username).toList();
        if (!refused.isEmpty()) {
            throw new AccessDeniedException(caller.username() + " may not see the calendar of " + String.join(", ", refused)
                    + ": operators see their own calendar, supervisors also their subordinates', admins anyone's");
        }
        return List.copyOf(found.values());
    }

    /** The items of {@code owners} overlapping the range; at most {@code limit}, {@code truncated} if more. */
    CalendarView view(List<Operator> owners, Instant from, Instant to, ZoneId viewerZone, int limit) {
        Map<Long, Operator> byId = owners.stream().collect(Collectors.toMap(Operator::id, o -> o, (a, b) -> a,
                LinkedHashMap::new));
        List<TaskSlot> slots = tasks.slots(byId.keySet(), from, to, limit + 1);
        boolean truncated = slots.size() > limit;
        List<CalendarItem> items = slots.stream().limit(limit).map(slot -> {
            Operator owner = byId.get(slot.ownerId());
            return CalendarItems.of(slot, owner.username(), owner.timeZone(), viewerZone);
        }).toList();
        return new CalendarView(from, to, viewerZone.getId(), owners.stream().map(Operator::username).toList(), items,
                limit, truncated);
    }

    List<TaskSlot> slots(Set<Long> ownerIds, Instant from, Instant to, int limit) {
        return tasks.slots(ownerIds, from, to, limit);
    }

    /** The hours that apply to {@code operator}: their own if set, else their core record's hours on the default days. */
    WorkingHours hours(Operator operator) {
        return store.hours(operator.id())
                .map(own -> new WorkingHours(operator.username(), operator.timeZone().getId(), own.start(), own.end(),
                        own.days(), own.skipHolidays(), true))
                .orElseGet(() -> new WorkingHours(operator.username(), operator.timeZone().getId(), operator.workStart(),
                        operator.workEnd(), defaultDays, defaultSkipHolidays, false));
    }

    StoredHours saveHours(StoredHours hours, long actorId) {
        return store.saveHours(hours, actorId);
    }

    void dropHours(long operatorId) {
        store.dropHours(operatorId);
    }

    Operator byLogin(String field, String login) {
        String stripped = login == null ? "" : login.strip();
        if (stripped.isEmpty()) {
            throw new ValidationException(field, "name an operator by login");
        }
        return operators.findByUsername(stripped)
                .orElseThrow(() -> new ValidationException(field, "no operator has the login '" + stripped + "'"));
    }
}
