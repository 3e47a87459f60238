package dev.relacja.offers.impl;

import dev.relacja.contacts.api.Address;
import dev.relacja.contacts.api.Addresses;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyKind;
import dev.relacja.contacts.impl.CounterpartyServiceImpl;
import dev.relacja.contacts.impl.persistence.CounterpartyStore;
import dev.relacja.core.api.company.CompanyProfile;
import dev.relacja.core.api.company.CompanyProfileService;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.money.Money;
import dev.relacja.core.api.numbering.ResetPeriod;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.core.impl.numbering.JpaNumberingService;
import dev.relacja.documents.api.DocumentRenderer;
import dev.relacja.documents.impl.DocumentRendererImpl;
import dev.relacja.documents.impl.DocumentRenderers;
import dev.relacja.invoicing.impl.catalogue.CatalogueServiceImpl;
import dev.relacja.invoicing.impl.catalogue.CatalogueStore;
import dev.relacja.invoicing.impl.invoice.InvoiceSeries;
import dev.relacja.invoicing.impl.invoice.InvoiceServiceImpl;
import dev.relacja.invoicing.impl.invoice.InvoiceStore;
import dev.relacja.offers.api.OfferPrintouts;
import dev.relacja.offers.api.OfferStatus;
import dev.relacja.offers.impl.offer.OfferConverter;
import dev.relacja.offers.impl.offer.OfferExpiry;
import dev.relacja.offers.impl.offer.OfferMaker;
import dev.relacja.offers.impl.offer.OfferSender;
import dev.relacja.offers.impl.offer.OfferSeries;
import dev.relacja.offers.impl.offer.OfferServiceImpl;
import dev.relacja.offers.impl.offer.OfferStore;
import dev.relacja.offers.impl.printing.OfferDocuments;
import dev.relacja.offers.impl.serial.SerialOfferServiceImpl;
import dev.relacja.offers.impl.serial.SerialOfferSet;
import dev.relacja.offers.impl.serial.SerialStore;
import dev.relacja.offers.impl.template.OfferTemplateServiceImpl;
import dev.relacja.offers.impl.template.OfferTemplateStore;
import dev.relacja.offers.impl.template.StoredOfferTemplates;
import dev.relacja.testing.LocalJpaTemplate;
import dev.relacja.testing.TestDatabase;
import dev.relacja.testing.TestOperators;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Offers over an in-memory Derby database with the real core numbering service (series OF defined as the bundle
 * defines it, in the offers' own transactions as JTA has it in Karaf), the real contacts service and the real
 * invoicing catalogue and invoice service beside them; the mailbox, the file store and the tasks module recorded in memory; a company
 * profile and operators in memory, and a caller the test switches with {@link #as}.
 */
public final class OffersFixture implements AutoCloseable {
    /** The test unit of the offers' entities and the core's numbering series (src/test/resources). */
    private static final String OFFERS_WITH_NUMBERS = "relacja-offers-numbered";
    /** A renderer for tests that print nothing. */
    private static final DocumentRenderer NO_PRINTING = (DocumentRenderer) Proxy.newProxyInstance(
            OffersFixture.class.getClassLoader(), new Class<?>[] {DocumentRenderer.class}, (proxy, method, args) -> {
                throw new UnsupportedOperationException("this test prints nothing; give the fixture a renderer");
            });

    public final TestDatabase db = new TestDatabase().migrate("core").migrate("contacts").migrate("invoicing")
            .migrate("offers");
    public final TestOperators operators = new TestOperators();
    /** The events the offer service posted, as "module/EVENT id". */
    public final List<String> events = new CopyOnWriteArrayList<>();
    public final RecordingMailbox mail = new RecordingMailbox();
    public final RecordingFiles files = new RecordingFiles();
    public final RecordingTasks tasks = new RecordingTasks();
    public final RecordingLinks links = new RecordingLinks();
    public final CounterpartyServiceImpl counterparties;
    public final CatalogueServiceImpl catalogue;
    /** The real invoice service, in its own transactions here (in Karaf a conversion's joins the offer's). */
    public final InvoiceServiceImpl invoices;
    public final JpaNumberingService numbers;
    public final OfferStore store;
    public final OfferTemplateStore templateStore;
    public final StoredOfferTemplates storedTemplates;
    public final OfferDocuments documents;
    public final OfferTemplateServiceImpl templates;
    public final OfferServiceImpl offers;
    public final OfferSender sender;
    public final OfferExpiry expiry;
    public final SerialStore serialStore;
    public final RecordingSendJobs sendJobs;
    public final SerialOfferServiceImpl serial;
    public final CompanyProfile profile = new CompanyProfile("Relacja Sp. z o.o.", "7740001454", null,
            "ul. Długa 1", "00-001", "Warszawa", "PL", "biuro@relacja.dev", null, List.of(), null, Money.PLN,
            ZoneId.of("Europe/Warsaw"), 1);
    public final CompanyProfileService company = new CompanyProfileService() {
        @Override
        public CompanyProfile get() {
            return profile;
        }

        @Override
        public CompanyProfile update(long expectedVersion, CompanyProfile changed) {
            throw new UnsupportedOperationException("the profile is fixed in these tests");
        }
    };
    private volatile Caller caller;
    public final CallerContext callers = () -> Optional.ofNullable(caller);

    /** Offers that are never printed. */
    public OffersFixture(Clock clock) {
        this(clock, NO_PRINTING);
    }

    public OffersFixture(Clock clock, DocumentRenderer renderer) {
        DomainEvents recorder = (module, event, properties) -> events.add(module + "/" + event + " "
                + properties.get("id"));
        DomainEvents ignored = (module, event, properties) -> { };
        counterparties = new CounterpartyServiceImpl(CounterpartyStore.over(db.jpa("relacja-contacts"), clock),
                callers, operators, ignored);
        catalogue = new CatalogueServiceImpl(CatalogueStore.over(db.jpa("relacja-invoicing"), clock), callers,
                ignored);
        LocalJpaTemplate offersAndNumbers = db.jpa(OFFERS_WITH_NUMBERS);
        numbers = new JpaNumberingService(offersAndNumbers, callers, null);
        store = OfferStore.over(offersAndNumbers, clock);
        templateStore = OfferTemplateStore.over(offersAndNumbers, clock);
        storedTemplates = new StoredOfferTemplates(templateStore);
        if (renderer instanceof DocumentRendererImpl printing) {
            DocumentRenderers.register(printing, storedTemplates, 0, "offers/user/*");
        }
        documents = new OfferDocuments(counterparties, company, operators, renderer, storedTemplates,
                OfferPrintouts.FORMAL, "pl");
        sender = new OfferSender(store, OfferSeries.definedIn(numbers), documents, files.files,
                mail.mailbox, mail.templates, counterparties, company, clock);
        invoices = new InvoiceServiceImpl(InvoiceStore.over(db.jpa("relacja-invoicing"), clock),
                InvoiceSeries.of("FS", "PF", Set.of(), numbers), numbers, counterparties, catalogue, company, callers,
                ignored, clock);
        OfferConverter converter = new OfferConverter(store, invoices, catalogue, links.links);
        offers = new OfferServiceImpl(store, sender, converter, new OfferServiceImpl.Services(counterparties,
                catalogue, operators, mail.mailbox, company, callers, recorder, storedTemplates), clock);
        templates = new OfferTemplateServiceImpl(templateStore, storedTemplates, documents, offers, renderer,
                callers);
        expiry = new OfferExpiry(store, tasks.tasks, operators, company, recorder, clock);
        serialStore = SerialStore.over(offersAndNumbers, clock);
        SerialOfferSet serialSets = new SerialOfferSet(serialStore, callers);
        sendJobs = new RecordingSendJobs(() -> serialSets);
        serial = new SerialOfferServiceImpl(serialStore, new OfferMaker(store, counterparties, catalogue, operators,
                storedTemplates, company, clock), sender, new SerialOfferServiceImpl.Services(counterparties, catalogue,
                sendJobs.jobs, company, callers, recorder), clock);
        caller = new Caller(99, "admin", Role.ADMIN, Set.of());
        numbers.define("OF", "OF/{n}/{yyyy}", ResetPeriod.YEARLY);
        numbers.define("FS", "FS/{n}/{MM}/{yyyy}", ResetPeriod.MONTHLY);
        numbers.define("PF", "PF/{n}/{yyyy}", ResetPeriod.YEARLY);
        caller = null;
    }

    public OffersFixture as(Operator operator) {
        caller = new Caller(operator.id(), operator.username(), operator.role(), Set.of());
        return this;
    }

    public Operator operator(long id, String username, Role role) {
        return operators.add(id, username, role, null);
    }

    /** A company counterparty with a registered address in Kraków. */
    public Counterparty customer(String code, String name) {
        return counterparties.create(new CounterpartyDraft(code, name, CounterpartyKind.COMPANY, "5260250274", null,
                new Addresses(new Address("ul. Polna 5", "30-001", "Kraków", "PL"), null), List.of(), List.of(), null,
                null, 30, false, List.of(), null, null));
    }

    /** Rows in an offers table, counted past JPA and its cache. */
    public long rows(String table) {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stores an offer of one free-text line in {@code status}, numbered {@code number} at revision 1, past the
     * service; written in SQL alone, so no JPA cache holds it. Answers its id.
     */
    public long storedOffer(long counterpartyId, OfferStatus status, String number) {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO offers_offer (status, number, revision, counterparty_id, owner_id,"
                    + " issue_date, valid_until, currency, price_basis, net, vat, gross, created_at, updated_at,"
                    + " version) VALUES ('" + status.name() + "', '" + number + "', 1, " + counterpartyId
                    + ", 1, DATE('2026-11-20'), DATE('2026-12-20'), 'PLN', 'NET', 100.00, 23.00, 123.00,"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
            try (ResultSet id = statement.executeQuery("SELECT MAX(id) FROM offers_offer")) {
                id.next();
                long offerId = id.getLong(1);
                statement.executeUpdate("INSERT INTO offers_line (offer_id, position, name, unit, quantity,"
                        + " unit_price, discount_percent, promotion_percent, vat_rate, net, vat, gross) VALUES ("
                        + offerId + ", 1, 'Usługa', 'usł.', 1, 100.00, 0, 0, '23', 100.00, 23.00, 123.00)");
                return offerId;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
