package dev.relacja.mailbox.impl.persistence;

import dev.relacja.core.api.persistence.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Present once the mailbox tables are up to date; the stores reference it so JPA never runs ahead of the schema. */
@Component(service = MailboxSchema.class)
public class MailboxSchema {

    @Activate
    public MailboxSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate("mailbox", context.getBundle());
    }
}
