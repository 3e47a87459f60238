package dev.relacja.contacts.impl.command;

import dev.relacja.contacts.api.ContactsTransfer;
import dev.relacja.contacts.api.CounterpartyQuery;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

/** {@code crm:counterparty-export}: writes counterparties, optionally filtered, to a UTF-8 CSV file. */
@Service
@Command(scope = "crm", name = "counterparty-export", description = "Export counterparties to a CSV file")
public class CounterpartyExportCommand implements Action {
    @Reference
    ContactsTransfer transfer;

    @Argument(index = 0, name = "file", required = true, description = "CSV file to write")
    @Completion(FileCompleter.class)
    String file;
    @Option(name = "--tag", description = "Only counterparties with this tag")
    String tag;
    @Option(name = "--text", description = "Only counterparties whose code, name, NIP or e-mail contains this")
    String text;

    @Override
    public Object execute() throws Exception {
        try (Writer csv = Files.newBufferedWriter(Paths.get(file), StandardCharsets.UTF_8)) {
            transfer.exportCounterparties(new CounterpartyQuery(text, tag, null, null, "code"), csv);
        }
        return "Exported to " + file;
    }
}
