package dev.relacja.invoicing.impl.run;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyStatus;
import dev.relacja.invoicing.api.CyclicScheme;
import dev.relacja.invoicing.api.SchemeParticipant;
import dev.relacja.invoicing.impl.invoice.BatchInvoices;
import dev.relacja.invoicing.impl.run.RunPlanner.Action;
import dev.relacja.invoicing.impl.run.RunPlanner.Work;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes a planned period ready to write, outside any transaction: finds the counterparty, builds the invoice
 * and checks it by the invoice rules, so a participant who cannot be billed (gone, archived, no NIP, a bad
 * price) is a reported failure and never breaks the chunk it is in.
 */
final class StepPreparer {
    private final CyclicScheme scheme;
    private final BatchInvoices batch;
    private final boolean issue;
    private final Function<Collection<Long>, Map<Long, Counterparty>> lookup;
    /** Each counterparty looked up once per scheme; empty when it no longer exists. */
    private final Map<Long, Optional<Counterparty>> counterparties = new HashMap<>();
    private final LocalDate today;

    /** @param lookup the existing counterparties among some ids, by id */
    StepPreparer(CyclicScheme scheme, BatchInvoices batch, boolean issue,
            Function<Collection<Long>, Map<Long, Counterparty>> lookup, LocalDate today) {
        this.scheme = scheme;
        this.batch = batch;
        this.issue = issue;
        this.lookup = lookup;
        this.today = today;
    }

    /** Writes what this preparer made ready. */
    BatchInvoices batch() {
        return batch;
    }

    /** The steps of {@code works}, in order; their counterparties not seen before are looked up together. */
    List<RunStep> prepare(List<Work> works) {
        Set<Long> unseen = new HashSet<>();
        for (Work work : works) {
            long id = work.participant().counterpartyId();
            if (!counterparties.containsKey(id)) {
                unseen.add(id);
            }
        }
        if (!unseen.isEmpty()) {
            Map<Long, Counterparty> found = lookup.apply(unseen);
            unseen.forEach(id -> counterparties.put(id, Optional.ofNullable(found.get(id))));
        }
        return works.stream().map(this::prepare).toList();
    }

    private RunStep prepare(Work work) {
        SchemeParticipant participant = work.participant();
        Optional<Counterparty> counterparty = counterparties.get(participant.counterpartyId());
        String name = counterparty.map(Counterparty::name).orElse(participant.counterpartyCode());
        if (work.action() != Action.BILL) {
            return new RunStep(scheme.id(), work, name, null, null);
        }
        if (counterparty.isEmpty()) {
            return failed(work, name, "counterparty " + participant.counterpartyCode() + " no longer exists");
        }
        if (counterparty.get().status() == CounterpartyStatus.ARCHIVED) {
            return failed(work, name, "counterparty " + participant.counterpartyCode() + " is archived");
        }
        try {
            return new RunStep(scheme.id(), work, name, batch.prepare(SchemeInvoices.draft(scheme, participant,
                    work.period()), counterparty.get(), issue, today), null);
        } catch (RuntimeException e) {
            // a validation failure names the fields; anything else is this participant's too, not the run's
            return failed(work, name, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private RunStep failed(Work work, String name, String reason) {
        return new RunStep(scheme.id(), work, name, null, reason);
    }
}
