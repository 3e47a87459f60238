package dev.relacja.invoicing.impl.persistence;

import dev.relacja.core.api.persistence.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Present once the invoicing tables are up to date; every store references it so JPA never runs ahead of the schema. */
@Component(service = InvoicingSchema.class)
public class InvoicingSchema {

    @Activate
    public InvoicingSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate("invoicing", context.getBundle());
    }
}
