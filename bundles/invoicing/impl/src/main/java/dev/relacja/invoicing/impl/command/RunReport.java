package dev.relacja.invoicing.impl.command;

import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.invoicing.api.InvoiceRun;
import dev.relacja.invoicing.api.InvoiceRunService;
import dev.relacja.invoicing.api.RunEntry;
import dev.relacja.invoicing.api.RunOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.support.table.ShellTable;

/** How the run commands print a run and its report entries. */
final class RunReport {
    /** Problems listed after a run; the rest are in {@code crm:invoice-run-show --all}. */
    static final int PROBLEMS_SHOWN = 100;

    private RunReport() {
    }

    static void summary(InvoiceRun run) {
        System.out.printf("run %d (%s, %s, up to %s): %s in %d s — %d created, %d skipped, %d failed; "
                        + "net %s, VAT %s, gross %s%s%n", run.id(), run.trigger().toLowerCase(Locale.ROOT),
                CatalogueValues.lower(run.mode()), run.upTo(), CatalogueValues.lower(run.status()),
                run.duration().toSeconds(), run.created(), run.skipped(), run.failed(), run.net(), run.vat(),
                run.gross(), run.message() == null ? "" : "; " + run.message());
    }

    /** The first skipped and failed entries of a run. */
    static List<RunEntry> problems(InvoiceRunService runs, long runId) {
        List<RunEntry> problems = new ArrayList<>(runs.entries(runId, RunOutcome.FAILED,
                new PageRequest(0, PROBLEMS_SHOWN)).items());
        problems.addAll(runs.entries(runId, RunOutcome.SKIPPED, new PageRequest(0, PROBLEMS_SHOWN)).items());
        return problems;
    }

    static void print(List<RunEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        ShellTable table = new ShellTable();
        table.column("Counterparty").maxSize(36);
        table.column("Period");
        table.column("Outcome");
        table.column("Number");
        table.column("Gross").alignRight();
        table.column("Reason").maxSize(70);
        for (RunEntry e : entries) {
            table.addRow().addContent(e.counterpartyName(), e.periodFrom() + ".." + e.periodTo(),
                    CatalogueValues.lower(e.outcome()), CatalogueValues.orBlank(e.number()),
                    e.gross() == null ? "" : e.gross().toPlainString(), CatalogueValues.orBlank(e.reason()));
        }
        table.print(System.out);
    }
}
