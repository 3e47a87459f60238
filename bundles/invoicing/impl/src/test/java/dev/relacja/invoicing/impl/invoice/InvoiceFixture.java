package dev.relacja.invoicing.impl.invoice;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
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
import dev.relacja.invoicing.impl.catalogue.CatalogueServiceImpl;
import dev.relacja.invoicing.impl.catalogue.CatalogueStore;
import dev.relacja.testing.LocalJpaTemplate;
import dev.relacja.testing.TestDatabase;
import dev.relacja.testing.TestOperators;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Invoices over an in-memory Derby database with the real core numbering service and the real contacts and
 * catalogue services beside them, a company profile in memory, and a caller the test switches with {@link #as}.
 * The series are FS/{n}/{MM}/{yyyy} monthly and PF/{n}/{yyyy} yearly, as the bundle defines them.
 */
public final class InvoiceFixture implements AutoCloseable {
    public static final String COMPANY_ACCOUNT = "PL61109010140000071219812874";

    public final TestDatabase db = new TestDatabase().migrate("core").migrate("contacts").migrate("invoicing");
    public final TestOperators operators = new TestOperators();
    public final List<String> events = new CopyOnWriteArrayList<>();
    public final CounterpartyService counterparties;
    /** Counterparties as the invoice service sees them instead of the stored ones, for states contacts refuses to store. */
    public final Map<Long, Counterparty> seenAs = new ConcurrentHashMap<>();
    /** The counterparty service the invoice service sees: {@link #counterparties}, but {@link #seenAs} where it says. */
    public final CounterpartyService seen;
    public final CatalogueServiceImpl catalogue;
    public final JpaNumberingService numbers;
    public final InvoiceStore store;
    public final CompanyProfileService company;
    public final InvoiceServiceImpl invoices;
    public volatile CompanyProfile profile = new CompanyProfile("Relacja Sp. z o.o.", "7740001454", null,
            "ul. Długa 1", "00-001", "Warszawa", "PL", null, null, List.of(COMPANY_ACCOUNT), null, Money.PLN,
            ZoneId.of("Europe/Warsaw"), 1);
    private volatile Caller caller;
    public final CallerContext callers = () -> Optional.ofNullable(caller);

    public InvoiceFixture(Clock clock) {
        DomainEvents recorder = (module, event, properties) -> events.add(module + "/" + event + " " + properties.get("id")
                + (properties.containsKey("number") ? " " + properties.get("number") : ""));
        counterparties = new CounterpartyServiceImpl(CounterpartyStore.over(db.jpa("relacja-contacts"), clock), callers,
                operators, recorder);
        LocalJpaTemplate invoicing = db.jpa("relacja-invoicing");
        catalogue = new CatalogueServiceImpl(CatalogueStore.over(invoicing, clock), callers, recorder);
        numbers = new JpaNumberingService(db.jpa("relacja-core"), callers, null);
        company = new CompanyProfileService() {
            @Override
            public CompanyProfile get() {
                return profile;
            }

            @Override
            public CompanyProfile update(long expectedVersion, CompanyProfile changed) {
                throw new UnsupportedOperationException("tests set the profile field");
            }
        };
        seen = (CounterpartyService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CounterpartyService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find") && args[0] instanceof Long id && seenAs.containsKey(id)) {
                        return Optional.of(seenAs.get(id));
                    }
                    try {
                        return method.invoke(counterparties, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        store = InvoiceStore.over(invoicing, clock);
        invoices = new InvoiceServiceImpl(store, InvoiceSeries.of("FS", "PF", Set.of("FSB"), numbers),
                numbers,
                seen, catalogue, company, callers, recorder, clock);
        caller = new Caller(99, "admin", Role.ADMIN, Set.of());
        numbers.define("FS", "FS/{n}/{MM}/{yyyy}", ResetPeriod.MONTHLY);
        numbers.define("PF", "PF/{n}/{yyyy}", ResetPeriod.YEARLY);
        caller = null;
    }

    public InvoiceFixture as(Operator operator) {
        caller = new Caller(operator.id(), operator.username(), operator.role(), Set.of());
        return this;
    }

    public Operator operator(long id, String username, Role role) {
        return operators.add(id, username, role, null);
    }

    /** Rows in an invoicing table, counted past JPA and its cache. */
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

    @Override
    public void close() {
        db.close();
    }
}
