package dev.relacja.invoicing.impl.invoice;

import dev.relacja.contacts.api.Address;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.company.CompanyProfile;
import dev.relacja.core.api.company.CompanyProfileService;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.events.RelacjaEvents;
import dev.relacja.core.api.numbering.NumberingService;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.invoicing.api.CatalogueEvents;
import dev.relacja.invoicing.api.CatalogueService;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceDraft;
import dev.relacja.invoicing.api.InvoiceEvents;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.InvoiceParty;
import dev.relacja.invoicing.api.InvoiceQuery;
import dev.relacja.invoicing.api.InvoiceService;
import dev.relacja.invoicing.api.InvoiceStatus;
import dev.relacja.invoicing.api.PaymentMethod;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * The invoice service: checks the caller's role, validates drafts against the counterparty and the catalogue,
 * issues under the numbering series of the document's kind in the issuing transaction, and announces
 * issuing, full payment and cancelling after commit.
 */
@Component
public class InvoiceServiceImpl implements InvoiceService {
    private final InvoiceStore store;
    private final InvoiceSeries series;
    private final NumberingService numbers;
    private final CounterpartyService counterparties;
    private final CatalogueService catalogue;
    private final CompanyProfileService company;
    private final CallerContext callers;
    private final DomainEvents events;
    private final Clock clock;

    @Activate
    public InvoiceServiceImpl(@Reference InvoiceStore store, @Reference InvoiceSeries series,
            @Reference NumberingService numbers, @Reference CounterpartyService counterparties,
            @Reference CatalogueService catalogue, @Reference CompanyProfileService company,
            @Reference CallerContext callers, @Reference DomainEvents events) {
        this(store, series, numbers, counterparties, catalogue, company, callers, events, Clock.systemUTC());
    }

    /** A service outside OSGi, e.g. in tests, with its own clock. */
    public InvoiceServiceImpl(InvoiceStore store, InvoiceSeries series, NumberingService numbers,
            CounterpartyService counterparties, CatalogueService catalogue, CompanyProfileService company,
            CallerContext callers, DomainEvents events, Clock clock) {
        this.store = store;
        this.series = series;
        this.numbers = numbers;
        this.counterparties = counterparties;
        this.catalogue = catalogue;
        this.company = company;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Invoice create(InvoiceDraft draft) {
        callers.require(Role.OPERATOR);
        return store.create(InvoiceDraftResolver.resolve(draft, lookups()));
    }

    @Override
    public Invoice update(long id, long expectedVersion, InvoiceDraft draft) {
        callers.require(Role.OPERATOR);
        return store.update(id, expectedVersion, InvoiceDraftResolver.resolve(draft, lookups()));
    }

    @Override
    public Optional<Invoice> find(long id) {
        callers.require(Role.VIEWER);
        return store.find(id);
    }

    @Override
    public Optional<Invoice> findByNumber(String number) {
        callers.require(Role.VIEWER);
        return store.findByNumber(number);
    }

    @Override
    public Page<Invoice> search(InvoiceQuery query, PageRequest page) {
        callers.require(Role.VIEWER);
        return store.search(query == null ? InvoiceQuery.ALL : query, page);
    }

    @Override
    public Invoice issue(long id) {
        Caller caller = callers.require(Role.OPERATOR);
        series.ensureDefined();
        Invoice issued = store.issue(id, draft -> {
            // every check before the number: a refused issue uses none, even where allocate ran apart
            Counterparty buyer = issuable(draft);
            CompanyProfile seller = company.get();
            String number = numbers.allocate(draft.series(), draft.issueDate());
            return new InvoiceStore.Issue(number, seller(seller), buyer(buyer));
        });
        publish(InvoiceEvents.ISSUED, issued, caller);
        return issued;
    }

    @Override
    public Invoice markSent(long id) {
        callers.require(Role.OPERATOR);
        return store.markSent(id);
    }

    @Override
    public Invoice registerPayment(long id, BigDecimal amount, LocalDate paidOn, PaymentMethod method) {
        Caller caller = callers.require(Role.OPERATOR);
        List<FieldError> errors = new ArrayList<>();
        if (amount == null || amount.signum() <= 0) {
            errors.add(new FieldError("amount", "the payment amount must be above zero"
                    + (amount == null ? "" : ", not " + amount.toPlainString())));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("amount", "the amount has at most 2 decimal places, not " + amount.toPlainString()));
        }
        if (paidOn != null && paidOn.isAfter(today())) {
            errors.add(new FieldError("paidOn", "the payment date " + paidOn + " is in the future"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Invoice paid = store.registerPayment(id, amount.setScale(2, RoundingMode.UNNECESSARY),
                paidOn == null ? today() : paidOn, method == null ? PaymentMethod.TRANSFER : method, caller.username());
        if (paid.status() == InvoiceStatus.PAID) {
            publish(InvoiceEvents.PAID, paid, caller);
        }
        return paid;
    }

    @Override
    public Invoice cancel(long id) {
        Caller caller = callers.require(Role.OPERATOR);
        Invoice cancelled = store.cancel(id);
        publish(InvoiceEvents.CANCELLED, cancelled, caller);
        return cancelled;
    }

    @Override
    public Invoice convertProForma(long id) {
        callers.require(Role.OPERATOR);
        return store.convert(id, proForma -> {
            InvoiceDraft copy = InvoiceDraft.of(proForma);
            // a new document: dated today, its due date from the buyer's term again
            return InvoiceDraftResolver.resolve(new InvoiceDraft(InvoiceKind.SALES, copy.counterpartyId(), null,
                    copy.saleDate(), copy.periodFrom(), copy.periodTo(), copy.paymentMethod(), null, copy.bankAccount(),
                    copy.splitPayment(), copy.notes(), copy.currency(), copy.priceBasis(), copy.lines(), null), lookups());
        });
    }

    @Override
    public List<Invoice> overdue(Long counterpartyId, LocalDate asOf) {
        callers.require(Role.VIEWER);
        return store.overdue(counterpartyId, asOf == null ? today() : asOf);
    }

    /** The buyer, once the draft passes the rules that only issuing enforces. */
    private Counterparty issuable(Invoice draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.lines().isEmpty()) {
            errors.add(new FieldError("lines", "an invoice is issued with at least one line"));
        }
        Optional<Counterparty> buyer = counterparties.find(draft.counterpartyId());
        if (buyer.isEmpty()) {
            errors.add(new FieldError("counterpartyId", "counterparty " + draft.counterpartyId() + " does not exist"));
        } else {
            BuyerRules.nipProblem(draft.kind(), draft.series(), buyer.get(), series)
                    .ifPresent(problem -> errors.add(new FieldError("buyer.nip", problem)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return buyer.get();
    }

    private InvoiceDraftResolver.Lookups lookups() {
        List<String> accounts = company.get().bankAccounts();
        return new InvoiceDraftResolver.Lookups(counterparties::find, catalogue::find,
                accounts == null || accounts.isEmpty() ? null : accounts.get(0), today(), series);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), company.get().timeZone());
    }

    /** The company as an invoice's seller; printouts of drafts and collection letters show it the same way. */
    public static InvoiceParty seller(CompanyProfile profile) {
        return new InvoiceParty(profile.name(), profile.nip(), addressLines(profile.street(), profile.postalCode(),
                profile.city(), profile.country()));
    }

    /** The counterparty as an invoice's buyer, with its registered address. */
    public static InvoiceParty buyer(Counterparty counterparty) {
        Address address = counterparty.addresses() == null ? null : counterparty.addresses().registered();
        List<String> lines = address == null ? List.of()
                : addressLines(address.street(), address.postalCode(), address.city(), address.country());
        return new InvoiceParty(counterparty.name(), counterparty.nip(), lines);
    }

    private static List<String> addressLines(String street, String postalCode, String city, String country) {
        List<String> lines = new ArrayList<>();
        if (street != null && !street.isBlank()) {
            lines.add(street.strip());
        }
        String place = ((postalCode == null ? "" : postalCode.strip()) + " " + (city == null ? "" : city.strip())).strip();
        if (!place.isEmpty()) {
            lines.add(place);
        }
        if (country != null && !country.isBlank() && !"PL".equalsIgnoreCase(country.strip())) {
            lines.add(country.strip());
        }
        return lines;
    }

    private void publish(String event, Invoice invoice, Caller caller) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(RelacjaEvents.ID, invoice.id());
        properties.put(RelacjaEvents.OPERATOR, caller.username());
        properties.put(InvoiceEvents.COUNTERPARTY_ID, invoice.counterpartyId());
        properties.put(InvoiceEvents.KIND, invoice.kind().name());
        if (invoice.number() != null) {
            properties.put(InvoiceEvents.NUMBER, invoice.number());
        }
        events.publishAfterCommit(CatalogueEvents.MODULE, event, properties);
    }
}
