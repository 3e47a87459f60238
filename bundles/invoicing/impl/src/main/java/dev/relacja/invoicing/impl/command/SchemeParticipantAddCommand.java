package dev.relacja.invoicing.impl.command;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.invoicing.api.CyclicSchemeService;
import dev.relacja.invoicing.api.ParticipantDraft;
import dev.relacja.invoicing.api.SchemeParticipant;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:scheme-participant-add}: adds a counterparty to a cyclic scheme, with its own dates and overrides. */
@Service
@Command(scope = "crm", name = "scheme-participant-add", description = "Add a counterparty to a cyclic invoicing scheme")
public class SchemeParticipantAddCommand implements Action {
    @Reference
    CyclicSchemeService schemes;
    @Reference
    CounterpartyService counterparties;

    @Argument(index = 0, name = "scheme-id", required = true, description = "Id of the scheme")
    long schemeId;
    @Argument(index = 1, name = "counterparty", required = true, description = "The counterparty's code")
    String code;
    @Option(name = "--from", description = "Bill periods starting on or after this day")
    String from;
    @Option(name = "--until", description = "Bill periods starting on or before this day")
    String until;
    @Option(name = "--override", multiValued = true, description = "The participant's own quantity and/or net price "
            + "of a line, position:quantity:price, either left empty to keep the scheme's (e.g. 2::99.50); repeatable")
    List<String> overrides;

    @Override
    public Object execute() {
        Counterparty counterparty = counterparties.findByCode(code)
                .orElseThrow(() -> new NotFoundException("Counterparty", code));
        SchemeParticipant added = schemes.addParticipant(schemeId, new ParticipantDraft(counterparty.id(),
                SchemeValues.date("from", from), SchemeValues.date("until", until),
                overrides == null ? List.of() : overrides.stream().map(SchemeValues::override).toList()));
        return "Participant #" + added.id() + " " + added.counterpartyCode() + " (" + added.counterpartyName()
                + ") added to scheme #" + schemeId + " with " + added.overrides().size() + " override(s)";
    }
}
