package dev.relacja.offers.impl.persistence;

import dev.relacja.core.api.persistence.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Present once the offers tables are up to date; the store references it so JPA never runs ahead of the schema. */
@Component(service = OffersSchema.class)
public class OffersSchema {

    @Activate
    public OffersSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate("offers", context.getBundle());
    }
}
