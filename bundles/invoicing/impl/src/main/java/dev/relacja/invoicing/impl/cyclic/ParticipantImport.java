package dev.relacja.invoicing.impl.cyclic;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.invoicing.api.ParticipantDraft;
import dev.relacja.invoicing.api.ParticipantImportReport;
import dev.relacja.invoicing.api.ParticipantImportReport.Outcome;
import dev.relacja.invoicing.impl.invoice.InvoiceSeries;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports a scheme's participants from CSV, each row in a transaction of its own through the same rules as a
 * single participant: a new counterparty is added, an existing one gets the row's dates and overrides. A
 * counterparty named twice in a file is refused the second time. Reading stops at {@value #MAX_ROWS} rows or
 * where the file cannot be read on, with a failed row saying so; what came before stays imported.
 */
final class ParticipantImport {
    static final int MAX_ROWS = 200_000;

    private final CyclicSchemeStore store;
    private final CounterpartyService counterparties;
    private final InvoiceSeries series;

    ParticipantImport(CyclicSchemeStore store, CounterpartyService counterparties, InvoiceSeries series) {
        this.store = store;
        this.counterparties = counterparties;
        this.series = series;
    }

    ParticipantImportReport run(long schemeId, Reader csv) {
        List<ParticipantImportReport.Row> rows = new ArrayList<>();
        Map<String, Long> firstLineOfCode = new HashMap<>();
        try (ParticipantCsv file = ParticipantCsv.open(csv)) {
            while (true) {
                ParticipantCsv.Row row;
                try {
                    row = file.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    String reason = e instanceof UncheckedIOException io ? io.getCause().getMessage() : e.getMessage();
                    rows.add(new ParticipantImportReport.Row(file.lastLine() + 1, null, Outcome.FAILED, "the file cannot "
                            + "be read from here on (" + reason + "); the rows after it were not imported"));
                    break;
                }
                if (row == null) {
                    break;
                }
                if (rows.size() == MAX_ROWS) {
                    rows.add(failed(row, "the file has more than " + MAX_ROWS + " rows; this row and the ones after it "
                            + "were not imported (import them as another file)"));
                    break;
                }
                rows.add(save(schemeId, row, firstLineOfCode));
            }
        }
        return new ParticipantImportReport(count(rows, Outcome.CREATED), count(rows, Outcome.UPDATED),
                count(rows, Outcome.FAILED), rows);
    }

    private ParticipantImportReport.Row save(long schemeId, ParticipantCsv.Row row, Map<String, Long> firstLineOfCode) {
        if (!row.errors().isEmpty()) {
            return failed(row, String.join("; ", row.errors()));
        }
        Long earlier = firstLineOfCode.putIfAbsent(row.code(), row.line());
        if (earlier != null) {
            return failed(row, "counterparty: " + row.code() + " is on line " + earlier + " already");
        }
        Optional<Counterparty> counterparty = counterparties.findByCode(row.code());
        if (counterparty.isEmpty()) {
            return failed(row, "counterparty: no counterparty has the code '" + row.code() + "'");
        }
        long id = counterparty.get().id();
        ParticipantDraft draft = new ParticipantDraft(id, row.from(), row.until(), row.overrides());
        ParticipantDraftResolver.Lookups found = new ParticipantDraftResolver.Lookups(any -> counterparty, series);
        try {
            boolean added = store.saveParticipant(schemeId, id,
                    (scheme, current) -> ParticipantDraftResolver.resolve(draft, scheme, current, found));
            return new ParticipantImportReport.Row(row.line(), row.code(), added ? Outcome.CREATED : Outcome.UPDATED,
                    null);
        } catch (ValidationException e) {
            return failed(row, row.describe(e.errors()));
        } catch (ConflictException e) {
            return failed(row, e.getMessage());
        }
    }

    private static ParticipantImportReport.Row failed(ParticipantCsv.Row row, String message) {
        return new ParticipantImportReport.Row(row.line(), row.code(), Outcome.FAILED, message);
    }

    private static int count(List<ParticipantImportReport.Row> rows, Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
