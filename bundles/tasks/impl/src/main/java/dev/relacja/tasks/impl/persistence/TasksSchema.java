package dev.relacja.tasks.impl.persistence;

import dev.relacja.core.api.persistence.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Present once the tasks tables are up to date; the store references it so JPA never runs ahead of the schema. */
@Component(service = TasksSchema.class)
public class TasksSchema {

    @Activate
    public TasksSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate("tasks", context.getBundle());
    }
}
