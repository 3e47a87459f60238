package dev.relacja.invoicing.impl.command;

import dev.relacja.core.api.error.ValidationException;
import dev.relacja.invoicing.api.InvoiceRun;
import dev.relacja.invoicing.api.InvoiceRunRequest;
import dev.relacja.invoicing.api.InvoiceRunService;
import dev.relacja.invoicing.api.RunEntry;
import dev.relacja.invoicing.api.RunMode;
import dev.relacja.invoicing.api.RunPreview;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code crm:invoice-run}: makes the invoices of cyclic schemes due up to a date, waiting for the run to end;
 * {@code --dry-run} lists what it would make, changing nothing.
 */
@Service
@Command(scope = "crm", name = "invoice-run", description = "Run cyclic invoicing schemes (or preview with --dry-run)")
public class InvoiceRunCommand implements Action {
    @Reference
    InvoiceRunService runs;

    @Option(name = "--scheme", description = "Only this scheme (its id); all schemes when left out")
    Long scheme;
    @Option(name = "--up-to", description = "Make invoices issued on or before this date (YYYY-MM-DD); today by default")
    String upTo;
    @Option(name = "--dry-run", description = "Only list what the run would make")
    boolean dryRun;
    @Option(name = "--draft", description = "Make drafts to check and issue by hand instead of issued invoices")
    boolean draft;
    @Option(name = "--pdf", description = "Print each issued invoice and attach the PDF to it")
    boolean pdf;

    @Override
    public Object execute() {
        InvoiceRunRequest request = new InvoiceRunRequest(scheme, date(upTo), dryRun,
                draft ? RunMode.DRAFT : RunMode.ISSUE, pdf);
        if (dryRun) {
            RunPreview preview = runs.preview(request);
            RunReport.print(preview.entries());
            System.out.printf("up to %s: %d to make, %d skipped, %d failing; net %s, VAT %s, gross %s%s%n",
                    preview.upTo(), preview.planned(), preview.skipped(), preview.failed(), preview.net(),
                    preview.vat(), preview.gross(), preview.entries().size() < preview.planned() + preview.skipped()
                            + preview.failed() ? " (first " + preview.entries().size() + " listed)" : "");
            return null;
        }
        InvoiceRun run = runs.run(request);
        RunReport.summary(run);
        List<RunEntry> problems = RunReport.problems(runs, run.id());
        RunReport.print(problems);
        return null;
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("up-to", "--up-to is a date such as 2026-11-30, not '" + value + "'");
        }
    }
}
