package dev.relacja.contacts.impl.persistence;

import dev.relacja.core.api.persistence.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Present once the contacts tables are up to date; the store references it so JPA never runs ahead of the schema. */
@Component(service = ContactsSchema.class)
public class ContactsSchema {

    @Activate
    public ContactsSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate("contacts", context.getBundle());
    }
}
