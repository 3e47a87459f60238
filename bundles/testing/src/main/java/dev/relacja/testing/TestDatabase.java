package dev.relacja.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;

/**
 * A fresh in-memory Derby database with Polish collation, migrated by the same scripts and
 * history table naming the module uses in Karaf, and a resource-local persistence unit over it.
 */
public final class TestDatabase implements AutoCloseable {
    static {
        // Derby writes its log to the working directory unless told otherwise
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    private final String name = "test-" + UUID.randomUUID();
    private final List<EntityManagerFactory> factories = new ArrayList<>();

    public TestDatabase() {
        dataSource.setDatabaseName("memory:" + name);
        dataSource.setCreateDatabase("create");
        dataSource.setConnectionAttributes("territory=pl_PL;collation=TERRITORY_BASED");
    }

    /** Runs the scripts of {@code module} from {@code db/<module>} on the test classpath. */
    public TestDatabase migrate(String module) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/" + module)
                .table("flyway_history_" + module)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .defaultSchema("APP")
                .initSql("SET SCHEMA SYS")
                .load()
                .migrate();
        return this;
    }

    /** The module's persistence unit, switched from JTA to resource-local transactions; one database serves several units. */
    public LocalJpaTemplate jpa(String unitName) {
        Map<String, Object> props = new HashMap<>();
        props.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("javax.persistence.jtaDataSource", "");
        // through EclipseLink's own connection pool, as Karaf's pooled DataSource would: Derby's
        // EmbeddedDataSource opens a new connection for every transaction
        props.put("javax.persistence.jdbc.driver", "org.apache.derby.jdbc.EmbeddedDriver");
        props.put("javax.persistence.jdbc.url", "jdbc:derby:memory:" + name);
        props.put("eclipselink.logging.level", "WARNING");
        EntityManagerFactory emf = Persistence.createEntityManagerFactory(unitName, props);
        factories.add(emf);
        return new LocalJpaTemplate(emf);
    }

    public EmbeddedDataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        factories.forEach(EntityManagerFactory::close);
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName("memory:" + name);
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (java.sql.SQLException expectedOnShutdown) {
            // Derby reports a successful shutdown as an SQLException (08006)
        }
    }
}
