package dev.relacja.contacts.impl.command;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.error.NotFoundException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:counterparty-archive}: archives a counterparty, or restores it with {@code --restore}. */
@Service
@Command(scope = "crm", name = "counterparty-archive", description = "Archive (or --restore) a counterparty")
public class CounterpartyArchiveCommand implements Action {
    @Reference
    CounterpartyService counterparties;

    @Argument(index = 0, name = "code", required = true, description = "Counterparty code")
    @Completion(CounterpartyCodeCompleter.class)
    String code;
    @Option(name = "--restore", description = "Make an archived counterparty active again")
    boolean restore;

    @Override
    public Object execute() {
        Counterparty c = counterparties.findByCode(code).orElseThrow(() -> new NotFoundException("Counterparty", code));
        Counterparty changed = restore ? counterparties.restore(c.id(), c.version())
                : counterparties.archive(c.id(), c.version());
        return "Counterparty " + changed.code() + " is " + changed.status();
    }
}
