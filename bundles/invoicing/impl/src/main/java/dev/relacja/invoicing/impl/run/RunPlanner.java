package dev.relacja.invoicing.impl.run;

import dev.relacja.invoicing.api.CatchUpPolicy;
import dev.relacja.invoicing.api.SchemeParticipant;
import dev.relacja.invoicing.impl.run.BillingCalendar.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what a run does for each participant: which of the scheme's due periods it has not billed yet
 * (periods billed or skipped before are in {@code billed}), and, when more than one is missing, what the
 * scheme's catch-up policy makes of them. Never silent: every period left unbilled is a planned skip.
 */
final class RunPlanner {

    /** What to do with one participant's period. */
    enum Action {
        /** Make its invoice. */
        BILL,
        /** Record it as skipped for good (SKIP_AND_REPORT) and report it. */
        SKIP,
        /** Leave it for a later run (ONE_PER_RUN) and report it. */
        DEFER
    }

    record Work(SchemeParticipant participant, Period period, Action action, String reason) {
    }

    /**
     * What the run being planned did before it was cut off (empty for a new run): the participants it billed,
     * and the periods it reported, by participant, whatever the outcome. A resumed run plans neither again.
     */
    record Done(Set<Long> billed, Map<Long, Set<LocalDate>> reported) {
        static final Done NOTHING = new Done(Set.of(), Map.of());
    }

    private RunPlanner() {
    }

    static List<Work> plan(CatchUpPolicy policy, List<SchemeParticipant> participants, List<Period> periods,
            Map<Long, Set<LocalDate>> billed, Done done) {
        List<Work> work = new ArrayList<>();
        for (SchemeParticipant participant : participants) {
            Set<LocalDate> closed = billed.getOrDefault(participant.id(), Set.of());
            Set<LocalDate> reported = done.reported().getOrDefault(participant.id(), Set.of());
            List<Period> open = periods.stream()
                    .filter(p -> within(p.from(), participant.from(), participant.until()))
                    .filter(p -> !closed.contains(p.from()) && !reported.contains(p.from()))
                    .toList();
            if (policy == CatchUpPolicy.ONE_PER_RUN && done.billed().contains(participant.id())) {
                open.forEach(p -> work.add(new Work(participant, p, Action.DEFER, deferred(open.size()))));
            } else {
                plan(policy, participant, open, work);
            }
        }
        return work;
    }

    private static String deferred(int more) {
        return "left for a later run: the scheme's catch-up policy bills one missed period per run (" + more
                + " more due)";
    }

    private static void plan(CatchUpPolicy policy, SchemeParticipant participant, List<Period> open, List<Work> work) {
        if (open.size() <= 1 || policy == CatchUpPolicy.ISSUE_ALL) {
            open.forEach(p -> work.add(new Work(participant, p, Action.BILL, null)));
            return;
        }
        int missed = open.size() - 1;
        if (policy == CatchUpPolicy.ONE_PER_RUN) {
            work.add(new Work(participant, open.get(0), Action.BILL, null));
            open.subList(1, open.size()).forEach(p -> work.add(new Work(participant, p, Action.DEFER,
                    deferred(missed))));
            return;
        }
        open.subList(0, missed).forEach(p -> work.add(new Work(participant, p, Action.SKIP,
                "missed period not billed: the scheme's catch-up policy bills only the latest of " + open.size()
                        + " due periods")));
        work.add(new Work(participant, open.get(missed), Action.BILL, null));
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate until) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }
}
