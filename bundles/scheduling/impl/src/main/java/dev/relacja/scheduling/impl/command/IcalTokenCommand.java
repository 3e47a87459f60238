package dev.relacja.scheduling.impl.command;

import dev.relacja.scheduling.api.IcalFeed;
import dev.relacja.scheduling.api.IcalFeedService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code crm:ical-token}: lists your iCalendar feeds; {@code --create [--team]} makes one and prints its
 * address once, {@code --rotate ID} gives a feed a new address, {@code --revoke ID} stops it.
 */
@Service
@Command(scope = "crm", name = "ical-token", description = "Your private iCalendar feeds: list, create, rotate, revoke")
public class IcalTokenCommand implements Action {
    @Reference
    IcalFeedService feeds;

    @Option(name = "--create", description = "Create a feed and print its address (shown this once)")
    boolean create;

    @Option(name = "--team", description = "With --create: a feed of your whole team")
    boolean team;

    @Option(name = "--rotate", description = "Give feed ID a new address; the old one stops at once")
    Long rotate;

    @Option(name = "--revoke", description = "Stop feed ID for good")
    Long revoke;

    @Override
    public Object execute() {
        if (create) {
            printAddress(feeds.create(team));
        } else if (rotate != null) {
            printAddress(feeds.rotate(rotate));
        } else if (revoke != null) {
            IcalFeed revoked = feeds.revoke(revoke);
            System.out.println("Feed " + revoked.id() + " revoked at " + revoked.revokedAt());
        } else {
            ShellTable table = new ShellTable();
            table.column("Id").alignRight();
            table.column("Team");
            table.column("Created");
            table.column("Rotated");
            table.column("Revoked");
            for (IcalFeed feed : feeds.feeds()) {
                table.addRow().addContent(feed.id(), feed.team() ? "yes" : "", feed.createdAt(),
                        feed.rotatedAt() == null ? "" : feed.rotatedAt(), feed.revokedAt() == null ? "" : feed.revokedAt());
            }
            table.print(System.out);
        }
        return null;
    }

    private static void printAddress(IcalFeed feed) {
        System.out.println("Feed " + feed.id() + (feed.team() ? " (team)" : "") + ": http://<host>:8181" + feed.path());
        System.out.println("Keep the address private: anyone who has it can read the calendar. It is not shown again.");
    }
}
