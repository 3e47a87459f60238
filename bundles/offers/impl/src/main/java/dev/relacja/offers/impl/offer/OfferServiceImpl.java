package dev.relacja.offers.impl.offer;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.company.CompanyProfileService;
import dev.relacja.core.api.error.FieldChecks;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.events.RelacjaEvents;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.core.api.security.Role;
import dev.relacja.invoicing.api.CatalogueService;
import dev.relacja.mailbox.api.MailboxService;
import dev.relacja.offers.api.ConversionKind;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferDiff;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferEvents;
import dev.relacja.offers.api.OfferQuery;
import dev.relacja.offers.api.OfferRevision;
import dev.relacja.offers.api.OfferSending;
import dev.relacja.offers.api.OfferService;
import dev.relacja.offers.api.OfferStatus;
import dev.relacja.offers.impl.template.StoredOfferTemplates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The offer service: checks the caller's role, validates drafts against the counterparty, its contact persons,
 * the operators and the catalogue, has the store move offers through their statuses, and announces every stored
 * change after commit.
 */
@Component
public class OfferServiceImpl implements OfferService {
    static final int MAX_REJECTION_REASON = 1000;

    private final OfferStore store;
    private final OfferSender sender;
    private final OfferConverter converter;
    private final CounterpartyService counterparties;
    private final CatalogueService catalogue;
    private final OperatorService operators;
    private final MailboxService mailbox;
    private final CompanyProfileService company;
    private final CallerContext callers;
    private final DomainEvents events;
    private final StoredOfferTemplates templates;
    private final Clock clock;

    /** What the service works with besides the store: its neighbours' services and the core's. */
    public record Services(CounterpartyService counterparties, CatalogueService catalogue,
            OperatorService operators, MailboxService mailbox, CompanyProfileService company, CallerContext callers,
            DomainEvents events, StoredOfferTemplates templates) {
    }

    @Activate
    public OfferServiceImpl(@Reference OfferStore store, @Reference OfferSender sender,
            @Reference OfferConverter converter, @Reference CounterpartyService counterparties, @Reference CatalogueService catalogue,
            @Reference OperatorService operators, @Reference MailboxService mailbox,
            @Reference CompanyProfileService company, @Reference CallerContext callers,
            @Reference DomainEvents events, @Reference StoredOfferTemplates templates) {
        this(store, sender, converter, new Services(counterparties, catalogue, operators, mailbox, company, callers,
                events, templates), Clock.systemUTC());
    }

    /** A service outside OSGi, e.g. in tests, with its own clock. */
    public OfferServiceImpl(OfferStore store, OfferSender sender, OfferConverter converter, Services services,
            Clock clock) {
        this.store = store;
        this.sender = sender;
        this.converter = converter;
        this.counterparties = services.counterparties();
        this.catalogue = services.catalogue();
        this.operators = services.operators();
        this.mailbox = services.mailbox();
        this.company = services.company();
        this.callers = services.callers();
        this.events = services.events();
        this.templates = services.templates();
        this.clock = clock;
    }

    @Override
    public Offer create(OfferDraft draft) {
        Caller caller = callers.require(Role.OPERATOR);
        Offer created = store.create(OfferDraftResolver.resolve(draft, lookups(caller)));
        publish(OfferEvents.CREATED, created, caller);
        return created;
    }

    @Override
    public Offer update(long id, long expectedVersion, OfferDraft draft) {
        Caller caller = callers.require(Role.OPERATOR);
        Offer updated = store.update(id, expectedVersion, OfferDraftResolver.resolve(draft, lookups(caller)),
                caller.username());
        publish(updated.status() == OfferStatus.SENT ? OfferEvents.REVISED : OfferEvents.UPDATED, updated, caller);
        return updated;
    }

    @Override
    public void delete(long id, long expectedVersion) {
        Caller caller = callers.require(Role.OPERATOR);
        publish(OfferEvents.DELETED, store.delete(id, expectedVersion), caller);
    }

    @Override
    public Optional<Offer> find(long id) {
        callers.require(Role.VIEWER);
        return store.find(id);
    }

    @Override
    public Page<Offer> search(OfferQuery query, PageRequest page) {
        callers.require(Role.VIEWER);
        return store.search(query == null ? OfferQuery.ALL : query, page);
    }

    @Override
    public Offer send(long id, long expectedVersion, OfferSending sending) {
        Caller caller = callers.require(Role.OPERATOR);
        Offer sent = sender.send(id, expectedVersion, sending, caller.username());
        publish(OfferEvents.SENT, sent, caller);
        return sent;
    }

    @Override
    public List<OfferRevision> revisions(long id) {
        callers.require(Role.VIEWER);
        if (store.titled(id).isEmpty()) {
            throw new NotFoundException("Offer", id);
        }
        return store.revisions(id);
    }

    @Override
    public Optional<OfferRevision> revision(long id, int revision) {
        callers.require(Role.VIEWER);
        return store.revision(id, revision);
    }

    @Override
    public OfferDiff diff(long id, int fromRevision, int toRevision) {
        callers.require(Role.VIEWER);
        return OfferDiffer.diff(existing(id, fromRevision), existing(id, toRevision));
    }

    @Override
    public Offer accept(long id, long expectedVersion, Integer revision, Long replyMessageId) {
        Caller caller = callers.require(Role.OPERATOR);
        if (replyMessageId != null && mailbox.find(replyMessageId).isEmpty()) {
            throw new ValidationException("replyMessageId", "message " + replyMessageId
                    + " does not exist or is in a mail account you may not use");
        }
        Offer accepted = store.accept(id, expectedVersion, revision, today(),
                new OfferStore.Acceptor(caller.operatorId(), caller.username(), replyMessageId));
        publish(OfferEvents.ACCEPTED, accepted, caller);
        return accepted;
    }

    @Override
    public Offer reject(long id, long expectedVersion, String reason) {
        Caller caller = callers.require(Role.OPERATOR);
        List<FieldError> errors = new ArrayList<>();
        String why = FieldChecks.text(errors, "reason", reason, MAX_REJECTION_REASON, true);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Offer rejected = store.reject(id, expectedVersion, why);
        publish(OfferEvents.REJECTED, rejected, caller);
        return rejected;
    }

    @Override
    public Offer convert(long id, long expectedVersion, ConversionKind kind) {
        Caller caller = callers.require(Role.OPERATOR);
        Offer converted = converter.convert(id, expectedVersion, kind == null ? ConversionKind.SALES : kind,
                caller.username());
        events.publishAfterCommit(OfferEvents.MODULE, OfferEvents.CONVERTED, Map.of(RelacjaEvents.ID, converted.id(),
                RelacjaEvents.OPERATOR, caller.username(), OfferEvents.COUNTERPARTY_ID, converted.counterpartyId(),
                OfferEvents.LABEL, converted.label(), OfferEvents.INVOICE_ID, converted.conversion().invoiceId()));
        return converted;
    }

    private OfferRevision existing(long id, int revision) {
        return store.revision(id, revision)
                .orElseThrow(() -> new NotFoundException("Offer revision", id + " r" + revision));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), company.get().timeZone());
    }

    private OfferDraftResolver.Lookups lookups(Caller caller) {
        return new OfferDraftResolver.Lookups(counterparties::find, counterparties::findContactPerson,
                operators::find, catalogue::find, templates::exists, caller.operatorId(), today());
    }

    private void publish(String event, Offer offer, Caller caller) {
        events.publishAfterCommit(OfferEvents.MODULE, event, Map.of(RelacjaEvents.ID, offer.id(),
                RelacjaEvents.OPERATOR, caller.username(), OfferEvents.COUNTERPARTY_ID, offer.counterpartyId(),
                OfferEvents.LABEL, offer.label()));
    }
}
