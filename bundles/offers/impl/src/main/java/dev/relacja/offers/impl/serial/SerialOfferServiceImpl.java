package dev.relacja.offers.impl.serial;

import dev.relacja.contacts.api.Counterparty;
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
import dev.relacja.core.api.security.Role;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.CatalogueService;
import dev.relacja.mailbox.api.SendJobItem;
import dev.relacja.mailbox.api.SendJobRequest;
import dev.relacja.mailbox.api.SendJobService;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferEvents;
import dev.relacja.offers.api.OfferService;
import dev.relacja.offers.api.SerialOffer;
import dev.relacja.offers.api.SerialOfferDraft;
import dev.relacja.offers.api.SerialOfferMember;
import dev.relacja.offers.api.SerialOfferService;
import dev.relacja.offers.api.SerialPrice;
import dev.relacja.offers.api.SerialPriceImport;
import dev.relacja.offers.api.SerialSending;
import dev.relacja.offers.impl.offer.OfferMaker;
import dev.relacja.offers.impl.offer.OfferSender;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The serial offer service: checks the caller's role, resolves members and checks the content and price table,
 * generates the members' offers through {@link SerialGeneration}, and sends them by one mailbox send job in the
 * transaction that numbers them.
 */
@Component
public class SerialOfferServiceImpl implements SerialOfferService {
    static final int MAX_NAME = 200;
    /** The built-in mailbox template about an offer. */
    static final String MAIL_TEMPLATE = "offer";

    private final SerialStore store;
    private final OfferMaker maker;
    private final OfferSender sender;
    private final CounterpartyService counterparties;
    private final CatalogueService catalogue;
    private final SendJobService sendJobs;
    private final CompanyProfileService company;
    private final CallerContext callers;
    private final DomainEvents events;
    private final Clock clock;

    /** What the service works with besides its store and the offers' maker and sender. */
    public record Services(CounterpartyService counterparties, CatalogueService catalogue, SendJobService sendJobs,
            CompanyProfileService company, CallerContext callers, DomainEvents events) {
    }

    @Activate
    public SerialOfferServiceImpl(@Reference SerialStore store, @Reference OfferMaker maker,
            @Reference OfferSender sender, @Reference CounterpartyService counterparties,
            @Reference CatalogueService catalogue, @Reference SendJobService sendJobs,
            @Reference CompanyProfileService company, @Reference CallerContext callers,
            @Reference DomainEvents events) {
        this(store, maker, sender, new Services(counterparties, catalogue, sendJobs, company, callers, events),
                Clock.systemUTC());
    }

    /** A service outside OSGi, e.g. in tests, with its own clock. */
    public SerialOfferServiceImpl(SerialStore store, OfferMaker maker, OfferSender sender, Services services,
            Clock clock) {
        this.store = store;
        this.maker = maker;
        this.sender = sender;
        this.counterparties = services.counterparties();
        this.catalogue = services.catalogue();
        this.sendJobs = services.sendJobs();
        this.company = services.company();
        this.callers = services.callers();
        this.events = services.events();
        this.clock = clock;
    }

    @Override
    public SerialOffer create(SerialOfferDraft draft) {
        Caller caller = callers.require(Role.OPERATOR);
        Checked checked = check(draft, caller);
        return store.create(checked.name(), checked.content(), checked.members(), caller.username());
    }

    @Override
    public SerialOffer update(long id, long expectedVersion, SerialOfferDraft draft) {
        Caller caller = callers.require(Role.OPERATOR);
        Checked checked = check(draft, caller);
        return store.update(id, expectedVersion, checked.name(), checked.content(), checked.members());
    }

    @Override
    public void delete(long id, long expectedVersion) {
        callers.require(Role.OPERATOR);
        store.delete(id, expectedVersion);
    }

    @Override
    public Optional<SerialOffer> find(long id) {
        callers.require(Role.VIEWER);
        return store.find(id);
    }

    @Override
    public Page<SerialOffer> list(PageRequest page) {
        callers.require(Role.VIEWER);
        return store.list(page);
    }

    @Override
    public Page<SerialOfferMember> members(long id, PageRequest page) {
        SerialOffer serial = find(id).orElseThrow(() -> new NotFoundException("Serial offer", id));
        Page<SerialStore.MemberRow> rows = store.members(id, page);
        Map<Long, Counterparty> who = counterparties.findAll(rows.items().stream()
                .map(SerialStore.MemberRow::counterpartyId).toList());
        Map<Long, SendJobItem> mailed = serial.sendJobId() == null ? Map.of() : mailed(serial.sendJobId());
        List<SerialOfferMember> members = rows.items().stream().map(row -> {
            Optional<Counterparty> counterparty = Optional.ofNullable(who.get(row.counterpartyId()));
            Optional<SendJobItem> mail = Optional.ofNullable(row.offerId()).map(mailed::get);
            return new SerialOfferMember(row.counterpartyId(), counterparty.map(Counterparty::code).orElse(null),
                    counterparty.map(Counterparty::name).orElse(null), row.offerId(), row.label(), row.gross(),
                    row.error(), mail.map(m -> m.status().name()).orElse(null),
                    mail.map(SendJobItem::recipient).orElse(null), mail.map(SendJobItem::reason).orElse(null),
                    mail.map(SendJobItem::messageStatus).map(Enum::name).orElse(null));
        }).toList();
        return new Page<>(members, rows.page(), rows.size(), rows.total());
    }

    @Override
    public List<SerialPrice> prices(long id) {
        find(id).orElseThrow(() -> new NotFoundException("Serial offer", id));
        return store.prices(id);
    }

    @Override
    public SerialOffer putPrices(long id, long expectedVersion, List<SerialPrice> prices) {
        callers.require(Role.OPERATOR);
        SerialOffer serial = store.find(id).orElseThrow(() -> new NotFoundException("Serial offer", id));
        List<SerialPrice> cells = prices == null ? List.of() : prices;
        List<FieldError> errors = new SerialPriceRules(store.memberIds(id), serial.content()).checkAll(cells);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store.putPrices(id, expectedVersion, cells.stream().map(SerialPriceRules::normalized).toList(), true);
    }

    @Override
    public SerialPriceImport importPrices(long id, long expectedVersion, Reader csv) {
        callers.require(Role.OPERATOR);
        SerialOffer serial = store.find(id).orElseThrow(() -> new NotFoundException("Serial offer", id));
        SerialPriceRules rules = new SerialPriceRules(store.memberIds(id), serial.content());
        List<SerialPriceImport.Row> report = new ArrayList<>();
        List<SerialPrice> cells = new ArrayList<>();
        Map<String, Optional<Long>> counterpartyIds = new HashMap<>();
        Map<String, Optional<Long>> itemIds = new HashMap<>();
        List<SerialPriceImport.Row> unreadable = new ArrayList<>();
        SerialPriceCsv.read(csv, row -> {
            String error = row.error();
            if (error == null) {
                Optional<Long> counterparty = counterpartyIds.computeIfAbsent(row.counterparty(),
                        code -> counterparties.findByCode(code).map(Counterparty::id));
                Optional<Long> item = itemIds.computeIfAbsent(row.item(),
                        code -> catalogue.findByCode(code).map(CatalogueItem::id));
                if (counterparty.isEmpty() || item.isEmpty()) {
                    error = (counterparty.isEmpty() ? "counterparty: no counterparty has the code '"
                            + row.counterparty() + "'" : "") + (counterparty.isEmpty() && item.isEmpty() ? "; " : "")
                            + (item.isEmpty() ? "item: no catalogue item has the code '" + row.item() + "'" : "");
                } else {
                    SerialPrice cell = new SerialPrice(counterparty.get(), item.get(), row.price());
                    List<String> broken = rules.check(cell);
                    if (broken.isEmpty()) {
                        cells.add(SerialPriceRules.normalized(cell));
                    } else {
                        error = String.join("; ", broken).replace("counterpartyId: ", "counterparty: ")
                                .replace("itemId: ", "item: ").replace("unitPrice: ", "price: ");
                    }
                }
            }
            report.add(new SerialPriceImport.Row(row.line(), row.counterparty(), row.item(), error == null, error));
        }, unreadable);
        report.addAll(unreadable);
        if (!cells.isEmpty()) {
            store.putPrices(id, expectedVersion, cells, false);
        }
        int failed = (int) report.stream().filter(row -> !row.stored()).count();
        return new SerialPriceImport(cells.size(), failed, report);
    }

    @Override
    public SerialOffer generate(long id, long expectedVersion) {
        Caller caller = callers.require(Role.OPERATOR);
        SerialStore.Generation generation = store.generation(id, expectedVersion);
        for (Offer made : new SerialGeneration(store, maker, id, generation, caller).run()) {
            events.publishAfterCommit(OfferEvents.MODULE, OfferEvents.CREATED, eventOf(made, caller));
        }
        return store.find(id).orElseThrow(() -> new NotFoundException("Serial offer", id));
    }

    @Override
    public SerialOffer send(long id, long expectedVersion, SerialSending sending) {
        Caller caller = callers.require(Role.OPERATOR);
        SerialSending how = sending == null ? SerialSending.DEFAULTS : sending;
        String template = how.mailTemplate() == null || how.mailTemplate().isBlank() ? MAIL_TEMPLATE
                : how.mailTemplate().strip();
        SerialOffer serial = store.find(id).orElseThrow(() -> new NotFoundException("Serial offer", id));
        LocalDate today = LocalDate.ofInstant(clock.instant(), company.get().timeZone());
        SerialStore.Sending sent = store.send(id, expectedVersion, today,
                offerId -> sender.release(offerId, caller.username()),
                () -> sendJobs.create(new SendJobRequest(jobName(serial.name()), how.account(), template,
                        how.language(), OfferService.RECORD_TYPE, List.of(), how.resend(),
                        RECORD_SET_TYPE + ":" + id)).id());
        for (Offer offer : sent.released()) {
            events.publishAfterCommit(OfferEvents.MODULE, OfferEvents.SENT, eventOf(offer, caller));
        }
        return sent.serial();
    }

    /** What a job names the serial offer by: "Serial offer: <name>" within the job name's 200 characters. */
    private static String jobName(String name) {
        String prefix = "Serial offer: ";
        return prefix + (name.length() > MAX_NAME - prefix.length() ? name.substring(0, MAX_NAME - prefix.length())
                : name);
    }

    /** The send job's items by offer id; none when the caller may not see the job (another account's). */
    private Map<Long, SendJobItem> mailed(long jobId) {
        Map<Long, SendJobItem> byOffer = new HashMap<>();
        try {
            for (int page = 0;; page++) {
                Page<SendJobItem> items = sendJobs.items(jobId, new PageRequest(page, PageRequest.MAX_SIZE));
                items.items().forEach(item -> byOffer.put(item.recordId(), item));
                if (items.items().size() < PageRequest.MAX_SIZE) {
                    return byOffer;
                }
            }
        } catch (NotFoundException e) {
            return Map.of();
        }
    }

    private record Checked(String name, OfferDraft content, List<Long> members) {
    }

    /** Every broken rule of the draft at once; the content is checked as the first member's offer. */
    private Checked check(SerialOfferDraft draft, Caller caller) {
        if (draft == null) {
            throw new ValidationException("body", "send the serial offer: name, content and its counterparties");
        }
        List<FieldError> errors = new ArrayList<>();
        String name = FieldChecks.text(errors, "name", draft.name(), MAX_NAME, true);
        List<Long> members = SerialMembers.resolve(errors, draft, counterparties);
        OfferDraft content = draft.content();
        if (content == null) {
            errors.add(new FieldError("content", "the offer each counterparty gets (content) is required"));
        } else {
            if (content.counterpartyId() != null) {
                errors.add(new FieldError("content.counterpartyId", "a serial offer's content names no counterparty;"
                        + " choose them by counterpartyIds, tag or filter"));
            }
            if (content.contactPersonId() != null) {
                errors.add(new FieldError("content.contactPersonId", "a serial offer's content names no contact"
                        + " person; each offer goes to its counterparty"));
            }
            if (!members.isEmpty()) {
                try {
                    maker.prepare(SerialGeneration.forMember(content, members.get(0), Map.of()), caller);
                } catch (ValidationException e) {
                    e.errors().forEach(error -> errors.add(new FieldError("content." + error.field(),
                            error.message())));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Checked(name, content, members);
    }

    private static Map<String, Object> eventOf(Offer offer, Caller caller) {
        return Map.of(RelacjaEvents.ID, offer.id(), RelacjaEvents.OPERATOR, caller.username(),
                OfferEvents.COUNTERPARTY_ID, offer.counterpartyId(), OfferEvents.LABEL, offer.label());
    }
}
