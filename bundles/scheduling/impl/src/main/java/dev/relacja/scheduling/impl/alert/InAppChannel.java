package dev.relacja.scheduling.impl.alert;

import dev.relacja.scheduling.api.Alert;
import dev.relacja.scheduling.api.AlertChannel;
import dev.relacja.scheduling.impl.persistence.AlertStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The built-in in-app channel: a row in {@code sched_notification}, listed by {@code GET /notifications}.
 * Exactly once: a retry after a crash finds the alert's notification (one per alert, a unique key) and adds none.
 */
@Component(property = {AlertChannel.CHANNEL + "=" + AlertChannel.IN_APP, "service.ranking:Integer=-1"})
public class InAppChannel implements AlertChannel {
    private final AlertStore store;

    @Activate
    public InAppChannel(@Reference AlertStore store) {
        this.store = store;
    }

    @Override
    public void deliver(Alert alert) {
        store.notify(alert);
    }
}
