package dev.relacja.invoicing.impl.catalogue;

import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.testing.TestDatabase;
import dev.relacja.testing.TestOperators;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The catalogue over an in-memory Derby database, a clock that moves a minute at every reading (so
 * "updated" orders are stable), and a caller the test switches with {@link #as}.
 */
public final class CatalogueFixture implements AutoCloseable {
    public final TestDatabase db = new TestDatabase().migrate("invoicing");
    public final TestOperators operators = new TestOperators();
    public final List<String> events = new CopyOnWriteArrayList<>();
    public final CatalogueStore store;
    public final CatalogueServiceImpl catalogue;
    private volatile Caller caller;
    public final CallerContext callers = () -> Optional.ofNullable(caller);

    public CatalogueFixture(Instant start) {
        DomainEvents recorder = (module, event, properties) -> events.add(module + "/" + event + " " + properties.get("id"));
        store = CatalogueStore.over(db.jpa("relacja-invoicing"), new TickingClock(start));
        catalogue = new CatalogueServiceImpl(store, callers, recorder);
    }

    public CatalogueFixture as(Operator operator) {
        caller = new Caller(operator.id(), operator.username(), operator.role(), Set.of());
        return this;
    }

    public CatalogueFixture anonymous() {
        caller = null;
        return this;
    }

    public Operator operator(long id, String username, Role role) {
        return operators.add(id, username, role, null);
    }

    /** Rows in the catalogue table, counted past JPA and its cache. */
    public long rows() {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM invoicing_item")) {
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

    /** A clock one minute further on at every reading. */
    private static final class TickingClock extends Clock {
        private Instant next;

        TickingClock(Instant start) {
            this.next = start;
        }

        @Override
        public synchronized Instant instant() {
            Instant now = next;
            next = next.plus(Duration.ofMinutes(1));
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }
    }
}
