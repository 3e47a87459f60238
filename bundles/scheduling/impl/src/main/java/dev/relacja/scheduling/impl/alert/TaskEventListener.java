package dev.relacja.scheduling.impl.alert;

import dev.relacja.core.api.events.RelacjaEvents;
import dev.relacja.tasks.api.TaskEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps alerts current as tasks change: every task event (created, updated, delegated, reassigned,
 * progressed, completed, reopened) syncs that item's alerts. A lost event costs nothing for long:
 * reconciliation on start and every {@code alertReconcileMinutes} reads the tasks again.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=dev/relacja/tasks/*")
public class TaskEventListener implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(TaskEventListener.class);

    private final AlertEngine engine;

    @Activate
    public TaskEventListener(@Reference AlertEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handleEvent(Event event) {
        if (!(event.getProperty(RelacjaEvents.ID) instanceof Long id)
                || !(event.getProperty(TaskEvents.OWNER) instanceof String owner)) {
            LOG.warn("Task event {} without an id and owner is ignored", event.getTopic());
            return;
        }
        try {
            engine.taskChanged(id, owner);
        } catch (RuntimeException e) {
            LOG.warn("Alerts of item {} could not follow {}; the next reconciliation catches up", id, event.getTopic(), e);
        }
    }
}
