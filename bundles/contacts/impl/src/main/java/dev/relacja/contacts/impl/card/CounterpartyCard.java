package dev.relacja.contacts.impl.card;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.company.CompanyProfile;
import dev.relacja.core.api.company.CompanyProfileService;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.core.api.security.Role;
import dev.relacja.documents.api.DocumentRenderer;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Prints a counterparty card (karta kontrahenta) as PDF from the {@value #TEMPLATE} template. */
@Component(service = CounterpartyCard.class)
public class CounterpartyCard {
    static final String TEMPLATE = "contacts/counterparty-card.fo.ftl";
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CounterpartyService counterparties;
    private final OperatorService operators;
    private final CompanyProfileService company;
    private final CallerContext callers;
    private final DocumentRenderer renderer;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public CounterpartyCard(@Reference CounterpartyService counterparties, @Reference OperatorService operators,
            @Reference CompanyProfileService company, @Reference CallerContext callers,
            @Reference DocumentRenderer renderer) {
        this.counterparties = counterparties;
        this.operators = operators;
        this.company = company;
        this.callers = callers;
        this.renderer = renderer;
    }

    public byte[] pdf(long counterpartyId) {
        callers.require(Role.VIEWER);
        Counterparty counterparty = counterparties.find(counterpartyId)
                .orElseThrow(() -> new NotFoundException("Counterparty", counterpartyId));
        return renderer.renderPdf(TEMPLATE, model(counterparty));
    }

    /**
     * What the card's template sees, also e-mails about the counterparty ({@link CounterpartyModelProvider}):
     * counterparty, contactPersons, owner (a name, "" when none), company, printedAt.
     */
    Map<String, Object> model(Counterparty counterparty) {
        Caller caller = callers.require(Role.VIEWER);
        CompanyProfile profile = company.get();
        String owner = counterparty.ownerId() == null ? ""
                : operators.find(counterparty.ownerId()).map(o -> o.displayName()).orElse("");
        ZoneId zone = operators.find(caller.operatorId()).map(o -> o.timeZone()).orElse(profile.timeZone());
        return Map.of(
                "counterparty", counterparty,
                "contactPersons", counterparties.contactPersons(counterparty.id()),
                "owner", owner,
                "company", profile,
                "printedAt", PRINTED.format(ZonedDateTime.now(clock).withZoneSameInstant(zone)));
    }
}
