package dev.relacja.scheduling.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.scheduling.api.CalendarItem;
import dev.relacja.scheduling.api.CalendarRequest;
import dev.relacja.scheduling.api.CalendarView;
import dev.relacja.scheduling.api.DayLoad;
import dev.relacja.scheduling.api.OperatorLoad;
import dev.relacja.scheduling.api.ScheduleChange;
import dev.relacja.scheduling.api.WorkingHours;
import dev.relacja.scheduling.api.WorkingHoursDraft;
import dev.relacja.tasks.api.LogKind;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskDraft;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CalendarServiceTest {
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC);

    private SchedulingFixture f;
    private Operator boss;
    private Operator anna;
    private Operator piotr;
    private Operator admin;

    @BeforeEach
    void setUp() {
        f = new SchedulingFixture(CLOCK);
        admin = f.operator(1, "admin", Role.ADMIN, null);
        boss = f.operator(2, "boss", Role.MANAGER, null);
        anna = f.operator(3, "anna", Role.OPERATOR, 2L);
        piotr = f.operator(4, "piotr", Role.OPERATOR, null);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Task activity(Operator owner, String title, String start, String end) {
        f.as(owner);
        return f.tasks.create(TaskDraft.titled(title).withType("meeting")
                .withSchedule(start == null ? null : Instant.parse(start), end == null ? null : Instant.parse(end)));
    }

    private Task task(Operator owner, String title, String start, String deadline) {
        f.as(owner);
        return f.tasks.create(TaskDraft.titled(title)
                .withSchedule(start == null ? null : Instant.parse(start), deadline == null ? null : Instant.parse(deadline)));
    }

    private CalendarView view(Operator who, String from, String to, String... operators) {
        f.as(who);
        return f.calendar.calendar(new CalendarRequest(Instant.parse(from), Instant.parse(to), List.of(operators)));
    }

    private static List<String> titles(CalendarView view) {
        return view.items().stream().map(CalendarItem::title).toList();
    }

    private static Set<String> fields(ValidationException e) {
        return Set.copyOf(e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void limitsOutOfRangeInTheConfigurationAreRefusedNamingTheKeys() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CalendarReader.checked(SchedulingFixture.config(0, 401)));
        assertTrue(refused.getMessage().contains("maxItems must be 1 to 20000, not 0"), refused.getMessage());
        assertTrue(refused.getMessage().contains("maxRangeDays must be 1 to 400, not 401"), refused.getMessage());
        SchedulingConfig fine = SchedulingFixture.config(2000, 92);
        assertEquals(fine, CalendarReader.checked(fine));
    }

    @Test
    void anOperatorSeesTheirItemsOverlappingTheRangeEarliestFirst() {
        activity(anna, "meeting", "2026-03-24T09:00:00Z", "2026-03-24T10:00:00Z");
        task(anna, "deadline only", null, "2026-03-25T15:00:00Z");
        task(anna, "long task", "2026-03-10T08:00:00Z", "2026-03-23T12:00:00Z");
        task(anna, "start only", "2026-03-26T08:00:00Z", null);
        task(anna, "next week", "2026-03-31T08:00:00Z", "2026-03-31T09:00:00Z");
        task(anna, "ended before", "2026-03-01T08:00:00Z", "2026-03-22T23:59:59Z");
        task(anna, "no dates", null, null);
        task(piotr, "someone else's", "2026-03-24T09:00:00Z", "2026-03-24T10:00:00Z");

        CalendarView view = view(anna, "2026-03-23T00:00:00Z", "2026-03-30T00:00:00Z");

        assertEquals(List.of("long task", "meeting", "deadline only", "start only"), titles(view));
        assertEquals(List.of("anna"), view.operators());
        assertEquals("Europe/Warsaw", view.timeZone());
        assertFalse(view.truncated());
        CalendarItem meeting = view.items().get(1);
        assertTrue(meeting.activity());
        assertEquals("anna", meeting.owner());
        assertEquals(LocalDateTime.parse("2026-03-24T10:00"), meeting.localStart()); // CET, UTC+1
        assertEquals(LocalDateTime.parse("2026-03-24T11:00"), meeting.localEnd());
    }

    @Test
    void theRangeIncludesItsStartAndExcludesItsEnd() {
        task(anna, "at from", null, "2026-03-23T00:00:00Z");
        task(anna, "at to", null, "2026-03-30T00:00:00Z");
        task(anna, "ends at from", "2026-03-22T10:00:00Z", "2026-03-23T00:00:00Z");
        task(anna, "starts at to", "2026-03-30T00:00:00Z", "2026-03-30T10:00:00Z");

        assertEquals(List.of("ends at from", "at from"), titles(view(anna, "2026-03-23T00:00:00Z", "2026-03-30T00:00:00Z")));
    }

    @Test
    void supervisorsSeeSubordinatesAndTheTeamAdminsAnyoneOthersAreRefused() {
        task(anna, "anna's", null, "2026-03-24T10:00:00Z");
        task(boss, "boss's", null, "2026-03-24T11:00:00Z");
        task(piotr, "piotr's", null, "2026-03-24T12:00:00Z");
        String from = "2026-03-23T00:00:00Z";
        String to = "2026-03-30T00:00:00Z";

        assertEquals(List.of("anna's"), titles(view(boss, from, to, "anna")));
        assertEquals(List.of("anna's", "boss's"), titles(view(boss, from, to, "team")));
        assertEquals(List.of("boss", "anna"), view(boss, from, to, "team").operators());
        assertEquals(List.of("anna's", "piotr's"), titles(view(admin, from, to, "anna", "piotr")));

        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> view(piotr, from, to, "anna"));
        assertTrue(refused.getMessage().contains("may not see the calendar of anna"), refused.getMessage());
        assertThrows(AccessDeniedException.class, () -> view(anna, from, to, "boss"));
        assertThrows(AccessDeniedException.class, () -> view(boss, from, to, "anna", "piotr"));
        // a subordinate's team is only themself
        assertEquals(List.of("anna's"), titles(view(anna, from, to, "team")));
    }

    @Test
    void theTasksModulesSlotQueryEnforcesVisibilityItself() {
        task(anna, "anna's", null, "2026-03-24T10:00:00Z");
        f.as(piotr);
        assertThrows(AccessDeniedException.class, () -> f.tasks.slots(Set.of(anna.id()),
                Instant.parse("2026-03-23T00:00:00Z"), Instant.parse("2026-03-30T00:00:00Z"), 10));
        f.as(boss);
        assertEquals(1, f.tasks.slots(Set.of(anna.id()), Instant.parse("2026-03-23T00:00:00Z"),
                Instant.parse("2026-03-30T00:00:00Z"), 10).size());
        assertThrows(ValidationException.class, () -> f.tasks.slots(Set.of(), null, null, 0));
    }

    @Test
    void badRequestsAreRefusedFieldByField() {
        ValidationException reversed = assertThrows(ValidationException.class,
                () -> view(anna, "2026-03-30T00:00:00Z", "2026-03-23T00:00:00Z"));
        assertEquals(Set.of("to"), fields(reversed));
        ValidationException tooLong = assertThrows(ValidationException.class,
                () -> view(anna, "2026-01-01T00:00:00Z", "2026-06-01T00:00:00Z"));
        assertTrue(tooLong.getMessage().contains("more than 92 days"), tooLong.getMessage());
        f.as(anna);
        ValidationException missing = assertThrows(ValidationException.class,
                () -> f.calendar.calendar(new CalendarRequest(null, null, List.of())));
        assertEquals(Set.of("from", "to"), fields(missing));
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> view(boss, "2026-03-23T00:00:00Z", "2026-03-30T00:00:00Z", "anna", "nobody", " "));
        assertEquals(Set.of("operators"), fields(unknown));
        assertEquals(2, unknown.errors().size());
    }

    @Test
    void aFullCalendarSaysItWasCut() {
        try (SchedulingFixture small = new SchedulingFixture(CLOCK, SchedulingFixture.config(3, 92))) {
            Operator ewa = small.operator(7, "ewa", Role.OPERATOR, null);
            small.as(ewa);
            for (int i = 0; i < 5; i++) {
                small.tasks.create(TaskDraft.titled("t" + i).withSchedule(null, Instant.parse("2026-03-24T10:00:00Z").plusSeconds(i * 60L)));
            }
            CalendarView view = small.calendar.calendar(new CalendarRequest(Instant.parse("2026-03-23T00:00:00Z"),
                    Instant.parse("2026-03-30T00:00:00Z"), List.of()));
            assertEquals(List.of("t0", "t1", "t2"), titles(view));
            assertTrue(view.truncated());
            assertEquals(3, view.limit());
        }
    }

    @Test
    void timesAreRenderedInTheViewersZoneAcrossBothDstChanges() {
        // Warsaw: 2026-03-29 01:00Z clocks go 02:00 -> 03:00; 2026-10-25 01:00Z they go 03:00 -> 02:00
        activity(anna, "spring", "2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z");
        activity(anna, "autumn", "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z");

        CalendarView march = view(anna, "2026-03-28T00:00:00Z", "2026-03-31T00:00:00Z");
        assertEquals(LocalDateTime.parse("2026-03-29T01:30"), march.items().get(0).localStart());
        assertEquals(LocalDateTime.parse("2026-03-29T03:30"), march.items().get(0).localEnd());
        assertEquals(Instant.parse("2026-03-29T00:30:00Z"), march.items().get(0).start());

        CalendarView october = view(anna, "2026-10-24T00:00:00Z", "2026-10-27T00:00:00Z");
        assertEquals(LocalDateTime.parse("2026-10-25T02:30"), october.items().get(0).localStart());
        assertEquals(LocalDateTime.parse("2026-10-25T02:30"), october.items().get(0).localEnd());

        // the same item seen by a supervisor in New York (EDT since 8 March)
        f.operators.zone(boss.id(), ZoneId.of("America/New_York"));
        CalendarView fromNewYork = view(boss, "2026-03-28T00:00:00Z", "2026-03-31T00:00:00Z", "anna");
        assertEquals("America/New_York", fromNewYork.timeZone());
        assertEquals(LocalDateTime.parse("2026-03-28T20:30"), fromNewYork.items().get(0).localStart());
    }

    @Test
    void allDayItemsAreWholeLocalDaysOfTheirOwnerEvenOnTheShortDay() {
        Instant sunday = LocalDate.parse("2026-03-29").atStartOfDay(WARSAW).toInstant(); // 2026-03-28T23:00Z
        Instant monday = LocalDate.parse("2026-03-30").atStartOfDay(WARSAW).toInstant(); // 2026-03-29T22:00Z, 23 h later
        task(anna, "whole sunday", sunday.toString(), monday.toString());
        task(anna, "24 hours", sunday.toString(), sunday.plusSeconds(24 * 3600).toString());

        CalendarView view = view(anna, "2026-03-28T00:00:00Z", "2026-03-31T00:00:00Z");
        CalendarItem whole = view.items().stream().filter(i -> i.title().equals("whole sunday")).findFirst().orElseThrow();
        assertTrue(whole.allDay());
        assertEquals(LocalDate.parse("2026-03-29"), whole.startDate());
        assertEquals(LocalDate.parse("2026-03-30"), whole.endDate());
        CalendarItem day = view.items().stream().filter(i -> i.title().equals("24 hours")).findFirst().orElseThrow();
        assertFalse(day.allDay());
        assertNull(day.startDate());
    }

    @Test
    void movingAnItemIsATaskUpdateWithItsValidationAndLog() {
        Task meeting = activity(anna, "meeting", "2026-03-24T09:00:00Z", "2026-03-24T10:00:00Z");
        f.as(anna);

        CalendarItem moved = f.calendar.move(meeting.id(), meeting.version(),
                ScheduleChange.to(Instant.parse("2026-03-25T09:00:00Z"), Instant.parse("2026-03-25T11:00:00Z")));

        assertEquals(Instant.parse("2026-03-25T09:00:00Z"), moved.start());
        assertEquals(Instant.parse("2026-03-25T11:00:00Z"), moved.deadline());
        assertEquals(LocalDateTime.parse("2026-03-25T10:00"), moved.localStart());
        assertTrue(moved.version() > meeting.version());
        assertTrue(f.tasks.log(meeting.id()).stream().anyMatch(e -> e.kind() == LogKind.EDITED
                || e.kind() == LogKind.MOVED), "the move is in the task's log");

        // only the deadline: the start stays
        CalendarItem resized = f.calendar.move(meeting.id(), moved.version(),
                ScheduleChange.to(null, Instant.parse("2026-03-25T12:00:00Z")));
        assertEquals(Instant.parse("2026-03-25T09:00:00Z"), resized.start());
        assertEquals(Instant.parse("2026-03-25T12:00:00Z"), resized.deadline());

        // stale versions and bad schedules change nothing
        assertThrows(StaleVersionException.class, () -> f.calendar.move(meeting.id(), meeting.version(),
                ScheduleChange.to(null, Instant.parse("2026-03-26T12:00:00Z"))));
        ValidationException backwards = assertThrows(ValidationException.class, () -> f.calendar.move(meeting.id(),
                resized.version(), ScheduleChange.to(Instant.parse("2026-03-26T09:00:00Z"), null)));
        assertEquals(Set.of("deadline"), fields(backwards));
        ValidationException both = assertThrows(ValidationException.class, () -> f.calendar.move(meeting.id(),
                resized.version(), new ScheduleChange(Instant.parse("2026-03-26T09:00:00Z"), null,
                        LocalDate.parse("2026-03-26"), LocalDate.parse("2026-03-27"))));
        assertEquals(Set.of("body"), fields(both));
        assertThrows(ValidationException.class, () -> f.calendar.move(meeting.id(), resized.version(),
                ScheduleChange.allDay(LocalDate.parse("2026-03-27"), LocalDate.parse("2026-03-27"))));
        Task unchanged = f.tasks.find(meeting.id()).orElseThrow();
        assertEquals(resized.version(), unchanged.version());
        assertEquals(Instant.parse("2026-03-25T12:00:00Z"), unchanged.deadline());

        // someone who cannot see it finds nothing there
        f.as(piotr);
        assertThrows(dev.relacja.core.api.error.NotFoundException.class, () -> f.calendar.move(meeting.id(),
                unchanged.version(), ScheduleChange.to(Instant.parse("2026-03-26T09:00:00Z"), null)));
    }

    @Test
    void anAllDayMoveTakesLocalMidnightsOfTheOwnersZoneAcrossDst() {
        Task trip = task(anna, "trip", "2026-03-24T08:00:00Z", "2026-03-24T16:00:00Z");
        f.as(anna);
        CalendarItem moved = f.calendar.move(trip.id(), trip.version(),
                ScheduleChange.allDay(LocalDate.parse("2026-03-28"), LocalDate.parse("2026-03-31")));
        assertTrue(moved.allDay());
        assertEquals(Instant.parse("2026-03-27T23:00:00Z"), moved.start()); // CET midnight
        assertEquals(Instant.parse("2026-03-30T22:00:00Z"), moved.deadline()); // CEST midnight
        assertEquals(LocalDate.parse("2026-03-28"), moved.startDate());
        assertEquals(LocalDate.parse("2026-03-31"), moved.endDate());
    }

    @Test
    void aMoveKeepsADerivedPercentDerived() {
        Task parent = task(anna, "parent", "2026-03-24T08:00:00Z", "2026-03-27T16:00:00Z");
        f.as(anna);
        f.tasks.create(TaskDraft.titled("child").withParent(parent.id()));
        Task before = f.tasks.find(parent.id()).orElseThrow();
        assertFalse(before.percentManual());
        f.calendar.move(parent.id(), before.version(), ScheduleChange.to(null, Instant.parse("2026-03-28T16:00:00Z")));
        assertFalse(f.tasks.find(parent.id()).orElseThrow().percentManual());
    }

    @Test
    void theLoadComparesPlannedWithWorkingHoursPerLocalDay() {
        // Monday 30 March 2026 (CEST, UTC+2); default hours 08:00-16:00 Monday to Friday
        activity(anna, "long meeting", "2026-03-30T07:00:00Z", "2026-03-30T15:00:00Z"); // 09:00-17:00 local
        activity(anna, "overlapping call", "2026-03-30T08:00:00Z", "2026-03-30T10:00:00Z"); // 10:00-12:00
        activity(anna, "saturday visit", "2026-04-04T08:00:00Z", "2026-04-04T09:00:00Z"); // 10:00-11:00
        task(anna, "deadline", null, "2026-03-31T10:00:00Z");
        f.as(boss);

        List<OperatorLoad> loads = f.calendar.load(new CalendarRequest(Instant.parse("2026-03-29T22:00:00Z"),
                Instant.parse("2026-04-05T22:00:00Z"), List.of("team")));

        assertEquals(List.of("boss", "anna"), loads.stream().map(OperatorLoad::operator).toList());
        OperatorLoad annas = loads.get(1);
        assertEquals(7, annas.days().size());
        DayLoad monday = annas.days().get(0);
        assertEquals(LocalDate.parse("2026-03-30"), monday.date());
        assertEquals(480, monday.workingMinutes());
        assertEquals(420 + 120, monday.plannedMinutes());
        assertEquals(new BigDecimal("9.00"), monday.plannedHours());
        assertTrue(monday.overloaded());
        DayLoad tuesday = annas.days().get(1);
        assertEquals(0, tuesday.plannedMinutes());
        assertEquals(1, tuesday.items());
        assertFalse(tuesday.overloaded());
        DayLoad saturday = annas.days().get(5);
        assertEquals(0, saturday.workingMinutes());
        assertEquals(60, saturday.plannedMinutes());
        assertTrue(saturday.overloaded());
        assertEquals(5 * 480, annas.workingMinutes());
        assertEquals(2, annas.overloadedDays());

        f.as(piotr);
        assertThrows(AccessDeniedException.class, () -> f.calendar.load(new CalendarRequest(
                Instant.parse("2026-03-29T22:00:00Z"), Instant.parse("2026-04-05T22:00:00Z"), List.of("anna"))));
    }

    @Test
    void workingTimeOnTheDstDayCountsRealMinutes() {
        f.as(anna);
        f.calendar.setWorkingHours("anna", new WorkingHoursDraft("00:00", "06:00", List.of("SUN"), false));
        activity(anna, "night shift", "2026-03-28T23:00:00Z", "2026-03-29T04:00:00Z"); // 00:00-06:00 local, 5 real hours
        List<OperatorLoad> loads = f.calendar.load(new CalendarRequest(Instant.parse("2026-03-28T23:00:00Z"),
                Instant.parse("2026-03-29T22:00:00Z"), List.of()));
        DayLoad sunday = loads.get(0).days().get(0);
        assertEquals(LocalDate.parse("2026-03-29"), sunday.date());
        assertEquals(1, loads.get(0).days().size());
        assertEquals(300, sunday.workingMinutes());
        assertEquals(300, sunday.plannedMinutes());
        assertFalse(sunday.overloaded());
    }

    @Test
    void workingHoursDefaultToTheOperatorRecordAndCanBeSetAndReset() {
        f.as(anna);
        WorkingHours defaults = f.calendar.workingHours("anna");
        assertFalse(defaults.custom());
        assertEquals(LocalTime.of(8, 0), defaults.start());
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY), defaults.days());

        f.as(boss);
        WorkingHours set = f.calendar.setWorkingHours("anna",
                new WorkingHoursDraft("07:30", "15:30", List.of("monday", "TUE", "Wed"), null));
        assertTrue(set.custom());
        assertEquals(LocalTime.of(7, 30), set.start());
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), set.days());
        assertTrue(set.skipHolidays());
        assertEquals(480, set.dailyMinutes());

        ValidationException bad = assertThrows(ValidationException.class, () -> f.calendar.setWorkingHours("anna",
                new WorkingHoursDraft("16:00", "8", List.of("Funday"), null)));
        assertEquals(Set.of("end", "days"), fields(bad));
        ValidationException backwards = assertThrows(ValidationException.class, () -> f.calendar.setWorkingHours("anna",
                new WorkingHoursDraft("16:00", "08:00", List.of("MON"), null)));
        assertEquals(Set.of("end"), fields(backwards));
        assertEquals(LocalTime.of(7, 30), f.calendar.workingHours("anna").start(), "nothing changed on bad input");

        f.as(piotr);
        assertThrows(AccessDeniedException.class, () -> f.calendar.workingHours("anna"));
        assertThrows(AccessDeniedException.class, () -> f.calendar.setWorkingHours("anna",
                new WorkingHoursDraft("08:00", "16:00", List.of("MON"), null)));

        f.as(anna);
        assertFalse(f.calendar.resetWorkingHours("anna").custom());
        assertEquals(LocalTime.of(8, 0), f.calendar.workingHours("anna").start());
    }
}
