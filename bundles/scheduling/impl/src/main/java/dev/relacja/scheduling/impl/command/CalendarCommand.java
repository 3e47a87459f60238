package dev.relacja.scheduling.impl.command;

import dev.relacja.scheduling.api.CalendarItem;
import dev.relacja.scheduling.api.CalendarRequest;
import dev.relacja.scheduling.api.CalendarService;
import dev.relacja.scheduling.api.CalendarView;
import dev.relacja.scheduling.api.DayLoad;
import dev.relacja.scheduling.api.OperatorLoad;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code crm:calendar}: the items of a week (or the days given) in the caller's time zone, or with
 * {@code --load} the planned and working hours per operator and day.
 */
@Service
@Command(scope = "crm", name = "calendar", description = "Activities and tasks in a date range, or the team's load")
public class CalendarCommand implements Action {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Reference
    CalendarService calendar;

    @Option(name = "--from", description = "First day (yyyy-MM-dd, in Europe/Warsaw unless --zone); default this week's Monday")
    String from;

    @Option(name = "--days", description = "How many days (default 7)")
    int days = 7;

    @Option(name = "--operators", description = "Logins separated by commas, or 'team'; default yourself")
    String operators;

    @Option(name = "--zone", description = "The zone the days are counted in (default Europe/Warsaw)")
    String zone = "Europe/Warsaw";

    @Option(name = "--load", description = "Planned against working hours per operator and day")
    boolean load;

    @Override
    public Object execute() {
        ZoneId dayZone = ZoneId.of(zone);
        LocalDate first;
        try {
            first = from == null ? LocalDate.now(Clock.system(dayZone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    : LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            System.err.println("--from is a date such as 2026-03-23, not " + from);
            return null;
        }
        List<String> logins = new ArrayList<>();
        if (operators != null) {
            for (String login : operators.split(",")) {
                logins.add(login.strip());
            }
        }
        CalendarRequest request = new CalendarRequest(first.atStartOfDay(dayZone).toInstant(),
                first.plusDays(days).atStartOfDay(dayZone).toInstant(), logins);
        if (load) {
            printLoad(calendar.load(request));
        } else {
            printItems(calendar.calendar(request));
        }
        return null;
    }

    private static void printItems(CalendarView view) {
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Begins (" + view.timeZone() + ")");
        table.column("Ends");
        table.column("Owner");
        table.column("Type");
        table.column("Status");
        table.column("Title");
        for (CalendarItem item : view.items()) {
            table.addRow().addContent(item.id(),
                    item.allDay() ? item.startDate() + " (all day)" : WHEN.format(item.localStart()),
                    item.allDay() ? item.endDate().minusDays(1).toString() : WHEN.format(item.localEnd()),
                    item.owner(), item.type(), item.status().name().toLowerCase(java.util.Locale.ROOT), item.title());
        }
        table.print(System.out);
        if (view.truncated()) {
            System.out.println("Only the first " + view.limit() + " items; ask for fewer days or operators.");
        }
    }

    private static void printLoad(List<OperatorLoad> loads) {
        ShellTable table = new ShellTable();
        table.column("Operator");
        table.column("Day");
        table.column("Working h").alignRight();
        table.column("Planned h").alignRight();
        table.column("Items").alignRight();
        table.column("");
        for (OperatorLoad load : loads) {
            for (DayLoad day : load.days()) {
                table.addRow().addContent(load.operator(), day.date() + " " + day.date().getDayOfWeek().name().substring(0, 3),
                        day.workingHours(), day.plannedHours(), day.items(), day.overloaded() ? "OVERLOADED" : "");
            }
        }
        table.print(System.out);
    }
}
