package dev.relacja.invoicing.impl.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.invoicing.api.CatchUpPolicy;
import dev.relacja.invoicing.api.SchemeParticipant;
import dev.relacja.invoicing.impl.run.BillingCalendar.Period;
import dev.relacja.invoicing.impl.run.RunPlanner.Action;
import dev.relacja.invoicing.impl.run.RunPlanner.Work;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunPlannerTest {
    private static final List<Period> THREE_MONTHS = List.of(
            new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 1)),
            new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 1)),
            new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 1)));

    @Test
    void billedPeriodsAreLeftOutAndOneDuePeriodIsBilledWhateverThePolicy() {
        SchemeParticipant acme = participant(1, null, null);
        Map<Long, Set<LocalDate>> billed = Map.of(1L, Set.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1)));
        for (CatchUpPolicy policy : CatchUpPolicy.values()) {
            List<Work> work = plan(policy, List.of(acme), THREE_MONTHS, billed);
            assertEquals(List.of(Action.BILL), actions(work));
            assertEquals(LocalDate.of(2026, 11, 1), work.get(0).period().from());
        }
        assertTrue(plan(CatchUpPolicy.ISSUE_ALL, List.of(acme), THREE_MONTHS,
                Map.of(1L, Set.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1))))
                .isEmpty());
    }

    @Test
    void missedPeriodsFollowTheCatchUpPolicyAndAreAlwaysReported() {
        SchemeParticipant acme = participant(1, null, null);
        assertEquals(List.of(Action.BILL, Action.BILL, Action.BILL),
                actions(plan(CatchUpPolicy.ISSUE_ALL, List.of(acme), THREE_MONTHS, Map.of())));

        List<Work> onePerRun = plan(CatchUpPolicy.ONE_PER_RUN, List.of(acme), THREE_MONTHS, Map.of());
        assertEquals(List.of(Action.BILL, Action.DEFER, Action.DEFER), actions(onePerRun));
        assertEquals(LocalDate.of(2026, 9, 1), onePerRun.get(0).period().from());
        assertTrue(onePerRun.get(1).reason().contains("one missed period per run"), onePerRun.get(1).reason());

        List<Work> skip = plan(CatchUpPolicy.SKIP_AND_REPORT, List.of(acme), THREE_MONTHS, Map.of());
        assertEquals(List.of(Action.SKIP, Action.SKIP, Action.BILL), actions(skip));
        assertEquals(LocalDate.of(2026, 11, 1), skip.get(2).period().from());
        assertTrue(skip.get(0).reason().contains("only the latest of 3"), skip.get(0).reason());
    }

    @Test
    void aParticipantIsBilledForThePeriodsStartingWithinItsOwnDates() {
        List<Work> work = plan(CatchUpPolicy.ISSUE_ALL, List.of(
                participant(1, LocalDate.of(2026, 10, 1), null),
                participant(2, null, LocalDate.of(2026, 9, 30)),
                participant(3, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 10, 1))), THREE_MONTHS, Map.of());
        assertEquals(List.of("1:2026-10-01", "1:2026-11-01", "2:2026-09-01", "3:2026-10-01"),
                work.stream().map(w -> w.participant().id() + ":" + w.period().from()).toList());
    }

    @Test
    void aResumedRunPlansNothingItReportedAndNoSecondInvoiceUnderOnePerRun() {
        SchemeParticipant acme = participant(1, null, null);
        SchemeParticipant beta = participant(2, null, null);
        // before the crash: Acme's September billed by this run; Beta's September failed and was reported
        RunPlanner.Done done = new RunPlanner.Done(Set.of(1L), Map.of(1L, Set.of(LocalDate.of(2026, 9, 1)),
                2L, Set.of(LocalDate.of(2026, 9, 1))));
        Map<Long, Set<LocalDate>> billed = Map.of(1L, Set.of(LocalDate.of(2026, 9, 1)));
        List<Work> work = RunPlanner.plan(CatchUpPolicy.ONE_PER_RUN, List.of(acme, beta), THREE_MONTHS, billed, done);
        assertEquals(List.of("1:2026-10-01:DEFER", "1:2026-11-01:DEFER", "2:2026-10-01:BILL", "2:2026-11-01:DEFER"),
                work.stream().map(w -> w.participant().id() + ":" + w.period().from() + ":" + w.action()).toList());
    }

    private static List<Work> plan(CatchUpPolicy policy, List<SchemeParticipant> participants, List<Period> periods,
            Map<Long, Set<LocalDate>> billed) {
        return RunPlanner.plan(policy, participants, periods, billed, RunPlanner.Done.NOTHING);
    }

    private static List<Action> actions(List<Work> work) {
        return work.stream().map(Work::action).toList();
    }

    private static SchemeParticipant participant(long id, LocalDate from, LocalDate until) {
        return new SchemeParticipant(id, 1, 100 + id, "C" + id, "Klient " + id, from, until, List.of(), null, null, 0);
    }
}
