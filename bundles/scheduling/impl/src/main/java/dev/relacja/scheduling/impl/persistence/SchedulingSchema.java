package dev.relacja.scheduling.impl.persistence;

import dev.relacja.core.api.persistence.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Present once the scheduling tables are up to date; the store references it so JPA never runs ahead of the schema. */
@Component(service = SchedulingSchema.class)
public class SchedulingSchema {

    @Activate
    public SchedulingSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate("scheduling", context.getBundle());
    }
}
