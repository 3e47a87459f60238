package dev.relacja.contacts.impl.command;

import dev.relacja.contacts.api.ContactsTransfer;
import dev.relacja.contacts.api.ImportReport;
import dev.relacja.contacts.api.RejectedRow;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

/** {@code crm:counterparty-import}: imports counterparties from a UTF-8 CSV file and prints what was refused. */
@Service
@Command(scope = "crm", name = "counterparty-import", description = "Import counterparties from a CSV file")
public class CounterpartyImportCommand implements Action {
    @Reference
    ContactsTransfer transfer;

    @Argument(index = 0, name = "file", required = true, description = "CSV file with a header row")
    @Completion(FileCompleter.class)
    String file;
    @Option(name = "--update", description = "Update counterparties whose code exists instead of refusing the row")
    boolean update;

    @Override
    public Object execute() throws Exception {
        Path path = Paths.get(file);
        ImportReport report;
        try (Reader csv = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            report = transfer.importCounterparties(csv, update);
        }
        for (RejectedRow row : report.rejected()) {
            row.errors().forEach(e -> System.out.printf("row %d (%s): %s: %s%n", row.row(),
                    row.key() == null ? "-" : row.key(), e.field(), e.message()));
        }
        return String.format("%d created, %d updated, %d refused", report.created(), report.updated(),
                report.rejected().size());
    }
}
