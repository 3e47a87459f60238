package dev.relacja.invoicing.impl.run;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.files.FileService;
import dev.relacja.invoicing.impl.cyclic.SchemeFixture;
import dev.relacja.invoicing.impl.invoice.InvoiceSeries;
import dev.relacja.invoicing.impl.printing.InvoicePrintoutsImpl;
import java.time.Clock;
import java.util.Set;

/** Runs over the scheme fixture's database and services; {@link #service} builds a run service of its own. */
final class RunFixture implements AutoCloseable {
    final SchemeFixture schemes;
    final RunStore store;
    private final Clock clock;

    RunFixture(Clock clock) {
        this.clock = clock;
        schemes = new SchemeFixture(clock);
        store = RunStore.over(schemes.base.db.jpa("relacja-invoicing"), clock);
    }

    InvoiceRunServiceImpl service() {
        return service(schemes.base.seen);
    }

    /** A run service that finds counterparties through {@code counterparties}. */
    InvoiceRunServiceImpl service(CounterpartyService counterparties) {
        return service(counterparties, null, null);
    }

    /** A run service that prints through {@code printouts} and attaches the PDFs through {@code files}. */
    InvoiceRunServiceImpl service(CounterpartyService counterparties, InvoicePrintoutsImpl printouts,
            FileService files) {
        DomainEvents recorder = (module, event, properties) -> schemes.base.events.add(module + "/" + event + " "
                + properties.get("id") + (properties.containsKey("number") ? " " + properties.get("number") : ""));
        RunContext context = new RunContext(store, schemes.schemes, schemes.schemes::allParticipants, counterparties,
                schemes.base.catalogue, schemes.base.company, schemes.base.numbers,
                InvoiceSeries.of("FS", "PF", Set.of("FSB"), schemes.base.numbers), recorder, printouts, files, schemes.base.invoices);
        return new InvoiceRunServiceImpl(context, schemes.base.callers);
    }

    Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        schemes.close();
    }
}
