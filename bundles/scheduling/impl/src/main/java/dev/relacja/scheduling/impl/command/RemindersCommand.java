package dev.relacja.scheduling.impl.command;

import dev.relacja.scheduling.api.AlertService;
import dev.relacja.scheduling.api.AlertStatus;
import dev.relacja.scheduling.api.ItemReminders;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code crm:reminders ID}: an activity's or task's reminders; {@code --set 10,1440} or {@code --reset} change them,
 * {@code --alerts} lists its recorded alerts and their deliveries.
 */
@Service
@Command(scope = "crm", name = "reminders", description = "Show or set the reminders of an activity or task")
public class RemindersCommand implements Action {
    @Reference
    AlertService alerts;

    @Argument(index = 0, name = "id", required = true, description = "The activity or task")
    long id;

    @Option(name = "--set", description = "Minutes before the start or deadline, e.g. 10,1440; none for no reminders")
    String reminders;

    @Option(name = "--reset", description = "Drop the item's own reminders; its owner's apply")
    boolean reset;

    @Option(name = "--alerts", description = "Also list the item's recorded alerts and how each channel delivered them")
    boolean showAlerts;

    @Override
    public Object execute() {
        ItemReminders result;
        if (reset) {
            result = alerts.resetReminders(id);
        } else if (reminders != null) {
            result = alerts.setReminders(id, ReminderValues.parse(reminders));
        } else {
            result = alerts.reminders(id);
        }
        System.out.println("#" + result.itemId() + " (" + result.owner() + "): " + ReminderValues.print(result.reminders())
                + " before [" + result.source() + "]");
        if (showAlerts) {
            for (AlertStatus alert : alerts.alerts(id)) {
                System.out.println("  alert " + alert.id() + ": " + alert.minutesBefore() + " min before " + alert.anchor()
                        + ", due " + alert.dueAt() + ", " + alert.state() + (alert.late() ? " (late)" : "")
                        + (alert.firedAt() == null ? "" : " at " + alert.firedAt()));
                for (AlertStatus.Delivery delivery : alert.deliveries()) {
                    System.out.println("    " + delivery.channel() + ": " + delivery.state() + ", " + delivery.attempts()
                            + " attempt(s)" + (delivery.lastError() == null ? "" : ", last error: " + delivery.lastError()));
                }
            }
        }
        return null;
    }
}
