package dev.relacja.contacts.impl.command;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.ContactPersonDraft;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.error.NotFoundException;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:contact-add}: adds a contact person to a counterparty. */
@Service
@Command(scope = "crm", name = "contact-add", description = "Add a contact person to a counterparty")
public class ContactAddCommand implements Action {
    @Reference
    CounterpartyService counterparties;

    @Argument(index = 0, name = "code", required = true, description = "Counterparty code")
    @Completion(CounterpartyCodeCompleter.class)
    String code;
    @Argument(index = 1, name = "name", required = true, description = "The person's name")
    String name;
    @Option(name = "--role", description = "Position, e.g. accountant")
    String role;
    @Option(name = "--email", multiValued = true, description = "E-mail address (repeatable)")
    List<String> emails;
    @Option(name = "--phone", multiValued = true, description = "Phone number (repeatable)")
    List<String> phones;
    @Option(name = "--consent", description = "The person agreed to receive e-mail")
    boolean consent;

    @Override
    public Object execute() {
        Counterparty c = counterparties.findByCode(code).orElseThrow(() -> new NotFoundException("Counterparty", code));
        ContactPerson added = counterparties.addContactPerson(c.id(),
                new ContactPersonDraft(name, role, emails, phones, consent));
        return "Added " + added.name() + " to " + c.code() + " (id " + added.id() + ")";
    }
}
