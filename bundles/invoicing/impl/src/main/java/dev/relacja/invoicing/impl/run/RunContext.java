package dev.relacja.invoicing.impl.run;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.company.CompanyProfileService;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.files.FileService;
import dev.relacja.core.api.numbering.NumberingService;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.CatalogueService;
import dev.relacja.invoicing.api.CyclicScheme;
import dev.relacja.invoicing.api.CyclicSchemeService;
import dev.relacja.invoicing.api.InvoiceService;
import dev.relacja.invoicing.api.RunMode;
import dev.relacja.invoicing.api.SchemeParticipant;
import dev.relacja.invoicing.impl.invoice.BatchInvoices;
import dev.relacja.invoicing.impl.invoice.InvoiceSeries;
import dev.relacja.invoicing.impl.printing.InvoicePrintoutsImpl;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/** What runs work with: the stores and services, and the steps shared by dry and real runs. */
record RunContext(
        RunStore store,
        CyclicSchemeService schemes,
        LongFunction<List<SchemeParticipant>> participants,
        CounterpartyService counterparties,
        CatalogueService catalogue,
        CompanyProfileService company,
        NumberingService numbers,
        InvoiceSeries series,
        DomainEvents events,
        InvoicePrintoutsImpl printouts,
        FileService files,
        InvoiceService invoices) {

    /**
     * Renders on as many threads as there are cores (FOP is CPU-bound), at most 8, so that with the documents
     * module's own queue a run never overflows it and leaves room for people printing meanwhile.
     */
    RunPrinter printer() {
        return new RunPrinter(printouts, files, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    /** The scheme asked for, or all of them. */
    List<CyclicScheme> schemesOf(Long schemeId) {
        if (schemeId == null) {
            return schemes.list();
        }
        return List.of(schemes.find(schemeId).orElseThrow(() -> new NotFoundException("Cyclic scheme", schemeId)));
    }

    /** What a run up to {@code upTo}, which did {@code done} before, does for each participant of the scheme. */
    List<RunPlanner.Work> plan(CyclicScheme scheme, LocalDate upTo, RunPlanner.Done done) {
        return RunPlanner.plan(scheme.catchUp(), participants.apply(scheme.id()), BillingCalendar.due(scheme, upTo),
                store.billed(scheme.id()), done);
    }

    /** A preparer for one scheme's steps; each counterparty and catalogue item is looked up once. */
    StepPreparer preparer(CyclicScheme scheme, RunMode mode) {
        Map<Long, Optional<CatalogueItem>> items = new HashMap<>();
        BatchInvoices batch = new BatchInvoices(series, numbers, company.get(),
                id -> items.computeIfAbsent(id, catalogue::find));
        return new StepPreparer(scheme, batch, mode != RunMode.DRAFT,
                counterparties::findAll, today());
    }

    LocalDate today() {
        return LocalDate.now(store.clock().withZone(company.get().timeZone()));
    }
}
