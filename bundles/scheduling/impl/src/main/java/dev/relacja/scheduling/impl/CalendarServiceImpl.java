package dev.relacja.scheduling.impl;

import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.scheduling.api.CalendarItem;
import dev.relacja.scheduling.api.CalendarRequest;
import dev.relacja.scheduling.api.CalendarService;
import dev.relacja.scheduling.api.CalendarView;
import dev.relacja.scheduling.api.OperatorLoad;
import dev.relacja.scheduling.api.ScheduleChange;
import dev.relacja.scheduling.api.WorkingHours;
import dev.relacja.scheduling.api.WorkingHoursDraft;
import dev.relacja.scheduling.impl.persistence.StoredHours;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskDraft;
import dev.relacja.tasks.api.TaskService;
import dev.relacja.tasks.api.TaskSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The calendar: validates what is asked, reads the tasks module's slots of operators the caller may see,
 * renders them in the caller's zone, moves items through {@link TaskService#update} and sums the load.
 */
@Component
public class CalendarServiceImpl implements CalendarService {
    /** How many items one load request may sum before it asks for a narrower range. */
    static final int MAX_LOAD_ITEMS = 50_000;

    private final CalendarReader reader;
    private final TaskService tasks;

    @Activate
    public CalendarServiceImpl(@Reference CalendarReader reader, @Reference TaskService tasks) {
        this.reader = reader;
        this.tasks = tasks;
    }

    @Override
    public CalendarView calendar(CalendarRequest request) {
        Caller caller = reader.caller(Role.VIEWER);
        checkRange(request);
        List<Operator> owners = reader.resolve(caller, request.operators());
        ZoneId zone = reader.operator(caller).timeZone();
        return reader.view(owners, request.from(), request.to(), zone, reader.config.maxItems());
    }

    @Override
    public CalendarItem move(long id, long expectedVersion, ScheduleChange change) {
        Caller caller = reader.caller(Role.OPERATOR);
        if (change == null) {
            throw new ValidationException("body", "send start and/or deadline (instants), or startDate and endDate (dates)");
        }
        Task task = tasks.find(id).orElseThrow(() -> new NotFoundException("Task", id));
        Operator owner = reader.byLogin("owner", task.owner());
        Instant[] schedule = schedule(change, task, owner.timeZone());
        // the whole task as it is, with the new schedule; a derived percent stays derived
        TaskDraft draft = TaskDraft.of(task).withSchedule(schedule[0], schedule[1])
                .withProgress(task.stage(), task.percentManual() ? task.percentDone() : null);
        Task moved = tasks.update(id, expectedVersion, draft);
        return CalendarItems.of(moved, owner.timeZone(), reader.operator(caller).timeZone());
    }

    /** The new start and deadline; every broken rule reported at once, nothing changed. */
    private static Instant[] schedule(ScheduleChange change, Task task, ZoneId ownerZone) {
        List<FieldError> errors = new ArrayList<>();
        boolean instants = change.start() != null || change.deadline() != null;
        boolean dates = change.startDate() != null || change.endDate() != null;
        if (instants && dates) {
            errors.add(new FieldError("body", "send either start/deadline instants or startDate/endDate dates, not both"));
        } else if (!instants && !dates) {
            errors.add(new FieldError("body", "send start and/or deadline (instants), or startDate and endDate (dates)"));
        } else if (dates) {
            if (change.startDate() == null) {
                errors.add(new FieldError("startDate", "an all-day move needs startDate"));
            }
            if (change.endDate() == null) {
                errors.add(new FieldError("endDate", "an all-day move needs endDate (the day after the last day)"));
            }
            if (change.startDate() != null && change.endDate() != null && !change.endDate().isAfter(change.startDate())) {
                errors.add(new FieldError("endDate", "endDate " + change.endDate() + " is exclusive and must be after startDate "
                        + change.startDate()));
            }
        } else {
            Instant start = change.start() != null ? change.start() : task.start();
            Instant deadline = change.deadline() != null ? change.deadline() : task.deadline();
            if (start != null && deadline != null && deadline.isBefore(start)) {
                errors.add(new FieldError("deadline", "the deadline " + deadline + " is before the start " + start));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (dates) {
            return new Instant[] {CalendarItems.startOfDay(change.startDate(), ownerZone),
                CalendarItems.startOfDay(change.endDate(), ownerZone)};
        }
        return new Instant[] {change.start() != null ? change.start() : task.start(),
            change.deadline() != null ? change.deadline() : task.deadline()};
    }

    @Override
    public List<OperatorLoad> load(CalendarRequest request) {
        Caller caller = reader.caller(Role.VIEWER);
        checkRange(request);
        List<Operator> owners = reader.resolve(caller, request.operators());
        // whole local days of every operator: read a day more on each side, then clip per day
        Instant readFrom = request.from().minus(Duration.ofDays(1));
        Instant readTo = request.to().plus(Duration.ofDays(1));
        List<TaskSlot> slots = reader.slots(owners.stream().map(Operator::id).collect(Collectors.toSet()), readFrom,
                readTo, MAX_LOAD_ITEMS + 1);
        if (slots.size() > MAX_LOAD_ITEMS) {
            throw new ValidationException("to", "more than " + MAX_LOAD_ITEMS + " items in this range; ask for fewer days or operators");
        }
        Map<Long, List<TaskSlot>> byOwner = slots.stream().collect(Collectors.groupingBy(TaskSlot::ownerId));
        List<OperatorLoad> loads = new ArrayList<>();
        for (Operator owner : owners) {
            ZoneId zone = owner.timeZone();
            LocalDate firstDay = LocalDate.ofInstant(request.from(), zone);
            LocalDate lastDay = LocalDate.ofInstant(request.to().minusNanos(1), zone);
            loads.add(LoadCalculator.load(reader.hours(owner), firstDay, lastDay, byOwner.getOrDefault(owner.id(), List.of())));
        }
        return loads;
    }

    private void checkRange(CalendarRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            throw new ValidationException("from", "from and to are required");
        }
        if (request.from() == null) {
            errors.add(new FieldError("from", "from is required: an ISO-8601 instant such as 2026-03-23T00:00:00Z"));
        }
        if (request.to() == null) {
            errors.add(new FieldError("to", "to is required: an ISO-8601 instant such as 2026-03-30T00:00:00Z"));
        }
        if (request.from() != null && request.to() != null) {
            if (!request.to().isAfter(request.from())) {
                errors.add(new FieldError("to", "to (" + request.to() + ") must be after from (" + request.from() + ")"));
            } else if (Duration.between(request.from(), request.to()).compareTo(Duration.ofDays(reader.config.maxRangeDays())) > 0) {
                errors.add(new FieldError("to", "the range spans more than " + reader.config.maxRangeDays() + " days"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    @Override
    public WorkingHours workingHours(String login) {
        Caller caller = reader.caller(Role.VIEWER);
        Operator operator = reader.byLogin("operator", login);
        checkMayManage(caller, operator, "see");
        return reader.hours(operator);
    }

    @Override
    public WorkingHours setWorkingHours(String login, WorkingHoursDraft draft) {
        Caller caller = reader.caller(Role.OPERATOR);
        Operator operator = reader.byLogin("operator", login);
        checkMayManage(caller, operator, "change");
        StoredHours hours = validate(operator.id(), draft);
        reader.saveHours(hours, caller.operatorId());
        return reader.hours(operator);
    }

    @Override
    public WorkingHours resetWorkingHours(String login) {
        Caller caller = reader.caller(Role.OPERATOR);
        Operator operator = reader.byLogin("operator", login);
        checkMayManage(caller, operator, "change");
        reader.dropHours(operator.id());
        return reader.hours(operator);
    }

    private static void checkMayManage(Caller caller, Operator operator, String verb) {
        if (!caller.has(Role.ADMIN) && !caller.supervises(operator.id())) {
            throw new AccessDeniedException(caller.username() + " may not " + verb + " the working hours of "
                    + operator.username() + ": only their own, their subordinates' or, for admins, anyone's");
        }
    }

    static StoredHours validate(long operatorId, WorkingHoursDraft draft) {
        if (draft == null) {
            throw new ValidationException("body", "send start, end and days");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalTime start = time(errors, "start", draft.start());
        LocalTime end = time(errors, "end", draft.end());
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add(new FieldError("end", "working hours must end (" + end + ") after they start (" + start + ")"));
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (draft.days() == null || draft.days().isEmpty()) {
            errors.add(new FieldError("days", "name the working days, e.g. [\"MONDAY\", \"TUESDAY\"] or [\"MON\", \"TUE\"]"));
        } else {
            for (String name : draft.days()) {
                DayOfWeek day = day(name);
                if (day == null) {
                    errors.add(new FieldError("days", "'" + name + "' is not a day of the week (MONDAY..SUNDAY or MON..SUN)"));
                } else {
                    days.add(day);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new StoredHours(operatorId, start, end, days, draft.skipHolidays() == null || draft.skipHolidays());
    }

    private static LocalTime time(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, field + " is required, as HH:mm"));
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + value + "' is not a time of day as HH:mm"));
            return null;
        }
    }

    private static DayOfWeek day(String name) {
        if (name == null) {
            return null;
        }
        String upper = name.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(upper) || (upper.length() == 3 && day.name().startsWith(upper))) {
                return day;
            }
        }
        return null;
    }
}
