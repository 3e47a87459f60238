package dev.relacja.contacts.impl.command;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.error.NotFoundException;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:counterparty-show}: one counterparty with its contact persons. */
@Service
@Command(scope = "crm", name = "counterparty-show", description = "Show a counterparty and its contact persons")
public class CounterpartyShowCommand implements Action {
    @Reference
    CounterpartyService counterparties;

    @Argument(index = 0, name = "code", required = true, description = "Counterparty code")
    @Completion(CounterpartyCodeCompleter.class)
    String code;

    @Override
    public Object execute() {
        Counterparty c = counterparties.findByCode(code).orElseThrow(() -> new NotFoundException("Counterparty", code));
        PrintStream out = System.out;
        out.printf("%s  %s  (%s, %s, id %d)%n", c.code(), c.name(), c.kind(), c.status(), c.id());
        line(out, "NIP", c.nip());
        line(out, "REGON", c.regon());
        line(out, "E-mails", String.join(", ", c.emails()));
        line(out, "Phones", String.join(", ", c.phones()));
        line(out, "Bank account", c.bankAccount());
        line(out, "Tags", String.join(", ", c.tags()));
        line(out, "Notes", c.notes());
        for (ContactPerson p : counterparties.contactPersons(c.id())) {
            out.printf("  contact: %s%s  %s  %s%n", p.name(), p.role() == null ? "" : " (" + p.role() + ")",
                    String.join(", ", p.emails()), String.join(", ", p.phones()));
        }
        return null;
    }

    private static void line(PrintStream out, String label, String value) {
        if (value != null && !value.isEmpty()) {
            out.printf("  %-13s %s%n", label + ":", value);
        }
    }
}
