package dev.relacja.procedures.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relacja.core.api.calendar.BusinessDays;
import dev.relacja.procedures.api.StepAnchor;
import dev.relacja.procedures.impl.StepSchedule.Plan;
import dev.relacja.procedures.impl.StepSchedule.StepDates;
import dev.relacja.procedures.impl.StepSchedule.Timing;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepScheduleTest {
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private final StepSchedule schedule = new StepSchedule(BusinessDays.polish(), WARSAW, LocalTime.of(8, 0),
            LocalTime.of(16, 0));

    private static Timing afterStart(int days) {
        return new Timing(days, StepAnchor.START, List.of());
    }

    private static Timing afterPrevious(int days) {
        return new Timing(days, StepAnchor.PREVIOUS_STEP, List.of());
    }

    private static List<LocalDate> dues(Plan plan) {
        return plan.steps().stream().map(StepDates::due).toList();
    }

    @Test
    void fourStepsAcrossChristmasNewYearAndEpiphanySkipHolidaysAndWeekends() {
        // Tue 22 Dec 2026; 24 (Wigilia, a holiday since 2025), 25, 26 Dec, 1 Jan and 6 Jan 2027 are holidays
        Plan plan = schedule.plan(LocalDate.of(2026, 12, 22),
                List.of(afterStart(1), afterPrevious(2), afterPrevious(3), afterPrevious(2)));

        assertEquals(LocalDate.of(2026, 12, 22), plan.firstDay());
        assertEquals(List.of(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 1, 7)), dues(plan));
        assertEquals(List.of(LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 29),
                LocalDate.of(2027, 1, 4)), plan.steps().stream().map(StepDates::anchor).toList());
        // winter time: Warsaw is UTC+1, so 16:00 there is 15:00 UTC and 8:00 is 7:00 UTC
        assertEquals(Instant.parse("2026-12-23T15:00:00Z"), plan.steps().get(0).deadline());
        assertEquals(Instant.parse("2026-12-22T07:00:00Z"), plan.steps().get(0).start());
        assertEquals(Instant.parse("2027-01-04T07:00:00Z"), plan.steps().get(3).start());
        assertEquals(Instant.parse("2027-01-07T15:00:00Z"), plan.steps().get(3).deadline());
        assertEquals(Instant.parse("2026-12-22T07:00:00Z"), plan.start());
        assertEquals(Instant.parse("2027-01-07T15:00:00Z"), plan.deadline());
    }

    @Test
    void stepsCountedFromTheStartAllAnchorOnTheFirstDay() {
        Plan plan = schedule.plan(LocalDate.of(2026, 12, 22), List.of(afterStart(1), afterStart(2), afterStart(5)));

        // the business days after Tue 22 Dec are 23, 28, 29, 30 and 31 Dec
        assertEquals(List.of(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 31)),
                dues(plan));
    }

    @Test
    void aStartOnASaturdayBeginsOnMonday() {
        Plan plan = schedule.plan(LocalDate.of(2026, 3, 7), List.of(afterStart(0), afterStart(1)));

        assertEquals(LocalDate.of(2026, 3, 9), plan.firstDay());
        assertEquals(List.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10)), dues(plan));
        assertEquals(Instant.parse("2026-03-09T07:00:00Z"), plan.start());
    }

    @Test
    void easterMondayIsSkipped() {
        // Easter 2026 is 5 April: Good Friday 3 April is a working day, Easter Monday 6 April is not
        Plan fromFriday = schedule.plan(LocalDate.of(2026, 4, 3), List.of(afterStart(0), afterStart(1)));
        assertEquals(List.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 7)), dues(fromFriday));

        Plan onEasterMonday = schedule.plan(LocalDate.of(2026, 4, 6), List.of(afterStart(0)));
        assertEquals(LocalDate.of(2026, 4, 7), onEasterMonday.firstDay());
        // summer time: 16:00 in Warsaw is 14:00 UTC
        assertEquals(Instant.parse("2026-04-07T14:00:00Z"), onEasterMonday.deadline());
    }

    @Test
    void corpusChristiIsSkipped() {
        // Corpus Christi 2026: Thursday 4 June
        Plan plan = schedule.plan(LocalDate.of(2026, 6, 3), List.of(afterStart(1), afterStart(2), afterPrevious(0)));

        assertEquals(List.of(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 8)), dues(plan));
    }

    @Test
    void aStepWithDependenciesCountsFromTheLatestOfThemWhateverItsAnchor() {
        Plan plan = schedule.plan(LocalDate.of(2026, 12, 1), List.of(
                afterStart(5),
                afterStart(1),
                new Timing(1, StepAnchor.PREVIOUS_STEP, List.of(1, 2)),
                new Timing(0, StepAnchor.START, List.of(2))));

        // Tue 1 Dec: step 1 due Tue 8 Dec, step 2 Wed 2 Dec; step 3 counts from 8 Dec, not from step 2
        assertEquals(List.of(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 9),
                LocalDate.of(2026, 12, 2)), dues(plan));
        assertEquals(LocalDate.of(2026, 12, 8), plan.steps().get(2).anchor());
        // the procedure is due with its latest step, not its last one
        assertEquals(Instant.parse("2026-12-09T15:00:00Z"), plan.deadline());
    }

    @Test
    void zeroDaysIsDueOnTheAnchorDayOrTheNextBusinessDay() {
        Plan plan = schedule.plan(LocalDate.of(2026, 12, 23), List.of(afterStart(0), afterPrevious(0)));
        assertEquals(List.of(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 23)), dues(plan));
        assertEquals(plan.steps().get(0).deadline(), plan.steps().get(1).deadline());

        Plan onChristmasEve = schedule.plan(LocalDate.of(2026, 12, 24), List.of(afterStart(0)));
        assertEquals(List.of(LocalDate.of(2026, 12, 28)), dues(onChristmasEve));
    }

    @Test
    void aFirstStepAfterThePreviousOneCountsFromTheStart() {
        Plan plan = schedule.plan(LocalDate.of(2026, 12, 22), List.of(afterPrevious(1)));
        assertEquals(List.of(LocalDate.of(2026, 12, 23)), dues(plan));
    }

    @Test
    void theYearBoundaryAndNewYearsDayAreCrossed() {
        // Thu 31 Dec 2026 + 1: Fri 1 Jan is a holiday, then the weekend
        Plan plan = schedule.plan(LocalDate.of(2026, 12, 31), List.of(afterStart(1), afterPrevious(2)));
        assertEquals(List.of(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 7)), dues(plan));
    }

    @Test
    void theOperatorsZoneAndHoursMakeTheInstants() {
        StepSchedule newYork = new StepSchedule(BusinessDays.polish(), ZoneId.of("America/New_York"),
                LocalTime.of(9, 30), LocalTime.of(17, 30));
        Plan plan = newYork.plan(LocalDate.of(2026, 12, 22), List.of(afterStart(1)));
        assertEquals(Instant.parse("2026-12-22T14:30:00Z"), plan.start());
        assertEquals(Instant.parse("2026-12-23T22:30:00Z"), plan.deadline());
    }

    @Test
    void dependenciesOnLaterStepsAndDatesOutsideTheCalendarAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> schedule.plan(LocalDate.of(2026, 12, 1), List.of(new Timing(1, StepAnchor.START, List.of(1)))));
        assertThrows(IllegalArgumentException.class, () -> schedule.plan(LocalDate.of(2026, 12, 1),
                List.of(afterStart(1), new Timing(1, StepAnchor.START, List.of(3)))));
        assertThrows(IllegalArgumentException.class, () -> schedule.plan(LocalDate.of(1900, 1, 1), List.of(afterStart(1))));
        assertThrows(IllegalArgumentException.class, () -> schedule.plan(LocalDate.of(2026, 12, 1), List.of()));
    }
}
