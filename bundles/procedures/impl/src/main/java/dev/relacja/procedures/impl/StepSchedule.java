package dev.relacja.procedures.impl;

import dev.relacja.core.api.calendar.BusinessDays;
import dev.relacja.procedures.api.StepAnchor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The dates of a procedure's steps, in business days of a calendar. The procedure begins on its start date or
 * the first business day after it. A step's deadline is {@code days} business days after its anchor: the
 * first day ({@link StepAnchor#START}), the previous step's deadline ({@link StepAnchor#PREVIOUS_STEP}), or the
 * latest deadline among the steps it depends on. Days become instants in the operator's working hours: a step
 * starts on its anchor day when work starts and is due on its deadline day when work ends.
 */
final class StepSchedule {

    /** What the schedule needs of a step; {@code dependsOn} holds 1-based numbers of earlier steps. */
    record Timing(int days, StepAnchor after, List<Integer> dependsOn) {
        Timing {
            dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        }
    }

    /** One step's day to count from, its deadline day, and both as instants. */
    record StepDates(LocalDate anchor, LocalDate due, Instant start, Instant deadline) {
    }

    /** The whole procedure: its first day, its start, its latest deadline, and each step's dates in order. */
    record Plan(LocalDate firstDay, Instant start, Instant deadline, List<StepDates> steps) {
        Plan {
            steps = List.copyOf(steps);
        }
    }

    private final BusinessDays calendar;
    private final ZoneId zone;
    private final LocalTime workStart;
    private final LocalTime workEnd;

    StepSchedule(BusinessDays calendar, ZoneId zone, LocalTime workStart, LocalTime workEnd) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.workStart = Objects.requireNonNull(workStart, "workStart");
        this.workEnd = Objects.requireNonNull(workEnd, "workEnd");
    }

    /**
     * @throws IllegalArgumentException when a step depends on itself or a later step, has negative days, or a
     *         date falls outside the years the calendar knows
     */
    Plan plan(LocalDate startDate, List<Timing> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a procedure has at least one step");
        }
        LocalDate firstDay = calendar.nextOrSame(startDate);
        List<StepDates> dates = new ArrayList<>(steps.size());
        LocalDate latest = firstDay;
        for (int i = 0; i < steps.size(); i++) {
            Timing step = steps.get(i);
            LocalDate anchor = anchor(step, i, firstDay, dates);
            LocalDate due = calendar.plus(anchor, step.days());
            dates.add(new StepDates(anchor, due, at(anchor, workStart), at(due, workEnd)));
            if (due.isAfter(latest)) {
                latest = due;
            }
        }
        return new Plan(firstDay, at(firstDay, workStart), at(latest, workEnd), dates);
    }

    private static LocalDate anchor(Timing step, int index, LocalDate firstDay, List<StepDates> earlier) {
        if (!step.dependsOn().isEmpty()) {
            LocalDate latest = null;
            for (int number : step.dependsOn()) {
                if (number < 1 || number > index) {
                    throw new IllegalArgumentException("step " + (index + 1) + " depends on step " + number
                            + ", which is not an earlier step");
                }
                LocalDate due = earlier.get(number - 1).due();
                if (latest == null || due.isAfter(latest)) {
                    latest = due;
                }
            }
            return latest;
        }
        if (step.after() == StepAnchor.PREVIOUS_STEP && index > 0) {
            return earlier.get(index - 1).due();
        }
        return firstDay;
    }

    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }
}
