package dev.relacja.offers.impl.offer;

import dev.relacja.core.api.company.CompanyProfileService;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.events.RelacjaEvents;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferEvents;
import dev.relacja.tasks.api.TaskDraft;
import dev.relacja.tasks.api.TaskService;
import java.security.PrivilegedAction;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expires sent offers whose validity date is before today (in the company's time zone), one offer per transaction
 * under its row lock, so one accepted meanwhile is left alone; inside that transaction the owner is told by a task
 * due today, created as the owner. An offer that fails stays sent for the next check; the others go on.
 */
@Component(service = OfferExpiry.class)
public class OfferExpiry {
    private static final Logger LOG = LoggerFactory.getLogger(OfferExpiry.class);
    /** The end of the day a task is due by. */
    private static final LocalTime DUE = LocalTime.of(23, 59);

    private final OfferStore store;
    private final TaskService tasks;
    private final OperatorService operators;
    private final CompanyProfileService company;
    private final DomainEvents events;
    private final Clock clock;

    @Activate
    public OfferExpiry(@Reference OfferStore store, @Reference TaskService tasks,
            @Reference OperatorService operators, @Reference CompanyProfileService company,
            @Reference DomainEvents events) {
        this(store, tasks, operators, company, events, Clock.systemUTC());
    }

    /** The expiry outside OSGi, e.g. in tests, with its own clock. */
    public OfferExpiry(OfferStore store, TaskService tasks, OperatorService operators,
            CompanyProfileService company, DomainEvents events, Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.operators = operators;
        this.company = company;
        this.events = events;
        this.clock = clock;
    }

    /** Expires every sent offer past its validity; answers how many expired. */
    public int expireOverdue() {
        ZoneId zone = company.get().timeZone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        int expired = 0;
        for (long id : store.overdue(today)) {
            try {
                Optional<Offer> offer = store.expire(id, today, o -> tellOwner(o, today, zone));
                offer.ifPresent(this::announce);
                expired += offer.isPresent() ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warn("Offer {} could not be expired; the next check tries again", id, e);
            }
        }
        if (expired > 0) {
            LOG.info("{} offer(s) past their validity date expired", expired);
        }
        return expired;
    }

    /** A task "Oferta OF/1/2026 wygasła" for the owner, due today, created as them; none for a deactivated owner. */
    @SuppressWarnings("removal") // Subject.doAs: Karaf 4.4's JAAS Subjects still travel this way on Java 17
    private void tellOwner(Offer offer, LocalDate today, ZoneId zone) {
        Optional<Operator> owner = operators.find(offer.ownerId()).filter(Operator::active);
        if (owner.isEmpty()) {
            LOG.warn("Offer {} expired, but its owner (operator {}) is not active; nobody is told", offer.label(),
                    offer.ownerId());
            return;
        }
        String username = owner.get().username();
        TaskDraft task = TaskDraft.titled("Oferta " + offer.label() + " wygasła")
                .withCounterparty(offer.counterpartyId(), offer.contactPersonId())
                .withOwner(username)
                .withSchedule(null, today.atTime(DUE).atZone(zone).toInstant())
                .withDetails("Oferta " + offer.label() + " była ważna do " + offer.validUntil()
                        + " i klient jej nie przyjął.", null, null, null);
        Subject asOwner = new Subject(true, Set.of(new UserPrincipal(username)), Set.of(), Set.of());
        Subject.doAs(asOwner, (PrivilegedAction<Object>) () -> tasks.create(task));
    }

    private void announce(Offer offer) {
        String operator = operators.find(offer.ownerId()).map(Operator::username).orElse("system");
        events.publishAfterCommit(OfferEvents.MODULE, OfferEvents.EXPIRED, Map.of(RelacjaEvents.ID, offer.id(),
                RelacjaEvents.OPERATOR, operator, OfferEvents.COUNTERPARTY_ID, offer.counterpartyId(),
                OfferEvents.LABEL, offer.label()));
    }
}
