package dev.relacja.procedures.impl.persistence;

import dev.relacja.core.api.persistence.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Present once the procedures tables are up to date; the stores reference it so JPA never runs ahead of the schema. */
@Component(service = ProceduresSchema.class)
public class ProceduresSchema {

    @Activate
    public ProceduresSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate("procedures", context.getBundle());
    }
}
