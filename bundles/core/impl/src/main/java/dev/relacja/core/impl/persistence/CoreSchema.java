package dev.relacja.core.impl.persistence;

import dev.relacja.core.api.persistence.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Present once the core tables are up to date. Core components that use JPA reference it, so
 * EclipseLink never touches a table before its migration ran.
 */
@Component(service = CoreSchema.class)
public class CoreSchema {

    @Activate
    public CoreSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate("core", context.getBundle());
    }
}
