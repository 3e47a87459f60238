package dev.relacja.scheduling.impl.command;

import dev.relacja.scheduling.api.AlertService;
import dev.relacja.scheduling.api.MarkRead;
import dev.relacja.scheduling.api.Notification;
import dev.relacja.scheduling.api.Notifications;
import dev.relacja.scheduling.api.ReadReceipt;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:notifications}: the signed-in operator's alerts, newest first; {@code --read ID..} or {@code --read-all} marks them read. */
@Service
@Command(scope = "crm", name = "notifications", description = "List your alerts, or mark them read")
public class NotificationsCommand implements Action {
    @Reference
    AlertService alerts;

    @Option(name = "--unread", description = "Only the unread ones")
    boolean unreadOnly;

    @Option(name = "--limit", description = "At most this many (1 to 500)")
    int limit = 20;

    @Option(name = "--read", multiValued = true, description = "Mark these notifications read")
    List<Long> read;

    @Option(name = "--read-all", description = "Mark all your notifications read")
    boolean readAll;

    @Override
    public Object execute() {
        if (readAll || read != null) {
            ReadReceipt receipt = alerts.markRead(new MarkRead(readAll ? null : read, readAll ? Boolean.TRUE : null));
            System.out.println(receipt.marked() + " marked read, " + receipt.unread() + " unread");
            return null;
        }
        Notifications list = alerts.notifications(unreadOnly, limit);
        System.out.println(list.unread() + " unread");
        for (Notification n : list.items()) {
            System.out.println((n.readAt() == null ? "* " : "  ") + "#" + n.id() + " " + n.anchor() + " "
                    + (n.activity() ? "activity" : "task") + " #" + n.itemId() + " " + n.title() + " ("
                    + n.minutesBefore() + " min before" + (n.late() ? ", late" : "") + ")");
        }
        return null;
    }
}
