package dev.relacja.contacts.impl.command;

import dev.relacja.contacts.api.ContactsTransfer;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.contacts.api.VCardFormat;
import dev.relacja.core.api.error.NotFoundException;
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

/** {@code crm:contact-export}: writes a counterparty's contact persons to a vCard file. */
@Service
@Command(scope = "crm", name = "contact-export", description = "Export contact persons of a counterparty as vCards")
public class ContactExportCommand implements Action {
    @Reference
    CounterpartyService counterparties;
    @Reference
    ContactsTransfer transfer;

    @Argument(index = 0, name = "code", required = true, description = "Counterparty code")
    @Completion(CounterpartyCodeCompleter.class)
    String code;
    @Argument(index = 1, name = "file", required = true, description = "vCard file to write")
    @Completion(FileCompleter.class)
    String file;
    @Option(name = "--version", description = "vCard version, 3.0 or 4.0 (default)")
    String version = "4.0";

    @Override
    public Object execute() throws Exception {
        VCardFormat format = VCardFormat.ofVersion(version);
        Counterparty c = counterparties.findByCode(code).orElseThrow(() -> new NotFoundException("Counterparty", code));
        try (Writer vcards = Files.newBufferedWriter(Paths.get(file), StandardCharsets.UTF_8)) {
            transfer.exportContactPersons(c.id(), format, vcards);
        }
        return "Exported the contact persons of " + c.code() + " to " + file;
    }
}
