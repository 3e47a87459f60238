package dev.relacja.contacts.impl.command;

import dev.relacja.contacts.api.ContactsTransfer;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.contacts.api.ImportReport;
import dev.relacja.contacts.api.RejectedRow;
import dev.relacja.core.api.error.NotFoundException;
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

/** {@code crm:contact-import}: adds the persons on the vCards in a file to a counterparty. */
@Service
@Command(scope = "crm", name = "contact-import", description = "Import contact persons of a counterparty from a vCard file")
public class ContactImportCommand implements Action {
    @Reference
    CounterpartyService counterparties;
    @Reference
    ContactsTransfer transfer;

    @Argument(index = 0, name = "code", required = true, description = "Counterparty code")
    @Completion(CounterpartyCodeCompleter.class)
    String code;
    @Argument(index = 1, name = "file", required = true, description = "vCard file (3.0 or 4.0)")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws Exception {
        Counterparty c = counterparties.findByCode(code).orElseThrow(() -> new NotFoundException("Counterparty", code));
        ImportReport report;
        try (Reader vcards = Files.newBufferedReader(Paths.get(file), StandardCharsets.UTF_8)) {
            report = transfer.importContactPersons(c.id(), vcards);
        }
        for (RejectedRow card : report.rejected()) {
            card.errors().forEach(e -> System.out.printf("card %d (%s): %s: %s%n", card.row(),
                    card.key() == null ? "-" : card.key(), e.field(), e.message()));
        }
        return String.format("%d added to %s, %d refused", report.created(), c.code(), report.rejected().size());
    }
}
