package dev.relacja.core.impl.persistence;

import dev.relacja.core.api.persistence.SchemaMigrations;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each module's Flyway migrations on the shared Relacja DataSource, one history table per module
 * ({@code flyway_history_<module>}), reading the scripts straight from the module's bundle so that
 * Flyway never has to scan an OSGi class path.
 */
@Component
public class FlywaySchemaMigrations implements SchemaMigrations {
    private static final Logger LOG = LoggerFactory.getLogger(FlywaySchemaMigrations.class);

    private final DataSource dataSource;
    private final boolean derby;

    @Activate
    public FlywaySchemaMigrations(
            @Reference(target = "(osgi.jndi.service.name=relacja)") DataSource dataSource) {
        this.dataSource = dataSource;
        this.derby = isDerby(dataSource);
    }

    private static boolean isDerby(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().contains("Derby");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the Relacja database: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void migrate(String module, Bundle bundle) {
        if (!module.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("module name must be lower-case letters, digits and _: " + module);
        }
        FluentConfiguration configuration = Flyway.configure(Flyway.class.getClassLoader())
                .dataSource(derby ? SystemSchemaConnections.over(dataSource) : dataSource)
                .table("flyway_history_" + module)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .resourceProvider(new BundleScriptProvider(bundle, "db/" + module))
                .javaMigrationClassProvider(List::of);
        if (derby) {
            // the connections start in SYS (see SystemSchemaConnections); the tables belong in APP
            configuration.defaultSchema("APP");
        }
        MigrateResult result = configuration.load().migrate();
        LOG.info("Schema of module {}: {} migration(s) applied, now at version {}",
                module, result.migrationsExecuted, result.targetSchemaVersion);
    }
}
