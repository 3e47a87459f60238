package dev.relacja.contacts.impl.command;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyQuery;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.paging.PageRequest;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes counterparty codes from what the operator has typed so far. */
@Service
public class CounterpartyCodeCompleter implements Completer {
    @Reference
    CounterpartyService counterparties;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = commandLine.getCursorArgument() == null ? ""
                : commandLine.getCursorArgument().substring(0, commandLine.getArgumentPosition());
        StringsCompleter codes = new StringsCompleter();
        counterparties.search(new CounterpartyQuery(typed, null, null, null, "code"), new PageRequest(0, 50))
                .items().stream().map(Counterparty::code).forEach(codes.getStrings()::add);
        return codes.complete(session, commandLine, candidates);
    }
}
