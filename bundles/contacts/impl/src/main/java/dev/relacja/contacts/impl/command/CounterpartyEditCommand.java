package dev.relacja.contacts.impl.command;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.error.NotFoundException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:counterparty-edit}: changes the given fields of a counterparty, keeping the rest. */
@Service
@Command(scope = "crm", name = "counterparty-edit", description = "Change a counterparty; fields not given stay")
public class CounterpartyEditCommand extends CounterpartyFields implements Action {
    @Reference
    CounterpartyService counterparties;

    @Override
    public Object execute() {
        Counterparty current = counterparties.findByCode(code)
                .orElseThrow(() -> new NotFoundException("Counterparty", code));
        Counterparty updated = counterparties.update(current.id(), current.version(), toDraft(current));
        return "Updated counterparty " + updated.code();
    }
}
