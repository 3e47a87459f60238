package dev.relacja.invoicing.impl.command;

import dev.relacja.invoicing.api.CyclicSchemeService;
import dev.relacja.invoicing.api.ParticipantImportReport;
import dev.relacja.invoicing.api.ParticipantImportReport.Outcome;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

/** {@code crm:scheme-import}: adds or updates a scheme's participants from a UTF-8 CSV file and prints the failed rows. */
@Service
@Command(scope = "crm", name = "scheme-import", description = "Import participants of a cyclic scheme from a CSV file")
public class SchemeImportCommand implements Action {
    @Reference
    CyclicSchemeService schemes;

    @Argument(index = 0, name = "scheme-id", required = true, description = "Id of the scheme")
    long schemeId;
    @Argument(index = 1, name = "file", required = true, description = "CSV file with a header line: counterparty, "
            + "from, until, quantityN, priceN")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws Exception {
        ParticipantImportReport report;
        try (Reader csv = Files.newBufferedReader(Paths.get(file), StandardCharsets.UTF_8)) {
            report = schemes.importParticipants(schemeId, csv);
        }
        report.rows().stream().filter(row -> row.outcome() == Outcome.FAILED).forEach(row -> System.out.printf(
                "line %d (%s): %s%n", row.line(), row.counterpartyCode() == null ? "-" : row.counterpartyCode(),
                row.message()));
        return String.format("%d created, %d updated, %d failed", report.created(), report.updated(), report.failed());
    }
}
