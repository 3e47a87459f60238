package dev.relacja.contacts.impl.command;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:counterparty-add}: registers a counterparty from the shell. */
@Service
@Command(scope = "crm", name = "counterparty-add", description = "Add a counterparty")
public class CounterpartyAddCommand extends CounterpartyFields implements Action {
    @Reference
    CounterpartyService counterparties;

    @Override
    public Object execute() {
        Counterparty created = counterparties.create(toDraft(null));
        return "Added counterparty " + created.code() + " (id " + created.id() + ")";
    }
}
