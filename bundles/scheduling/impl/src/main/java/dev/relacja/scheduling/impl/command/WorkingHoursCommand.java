package dev.relacja.scheduling.impl.command;

import dev.relacja.scheduling.api.CalendarService;
import dev.relacja.scheduling.api.WorkingHours;
import dev.relacja.scheduling.api.WorkingHoursDraft;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:working-hours LOGIN}: shows an operator's working hours; {@code --set}/{@code --days} change them, {@code --reset} drops them. */
@Service
@Command(scope = "crm", name = "working-hours", description = "Show or set an operator's working hours")
public class WorkingHoursCommand implements Action {
    @Reference
    CalendarService calendar;

    @Argument(index = 0, name = "login", required = true, description = "The operator")
    String login;

    @Option(name = "--set", description = "Hours as HH:mm-HH:mm, e.g. 07:30-15:30")
    String hours;

    @Option(name = "--days", description = "Working days, e.g. MON,TUE,WED,THU,FRI (default Monday to Friday)")
    String days = "MON,TUE,WED,THU,FRI";

    @Option(name = "--work-on-holidays", description = "With --set: public holidays are working days")
    boolean workOnHolidays;

    @Option(name = "--reset", description = "Drop the operator's own hours; the defaults apply")
    boolean reset;

    @Override
    public Object execute() {
        WorkingHours result;
        if (reset) {
            result = calendar.resetWorkingHours(login);
        } else if (hours != null) {
            String[] range = hours.split("-", 2);
            List<String> dayList = Arrays.stream(days.split(",")).map(String::strip).toList();
            result = calendar.setWorkingHours(login, new WorkingHoursDraft(range[0].strip(),
                    range.length > 1 ? range[1].strip() : null, dayList, !workOnHolidays));
        } else {
            result = calendar.workingHours(login);
        }
        System.out.println(result.operator() + ": " + result.start() + "-" + result.end() + " ("
                + result.timeZone() + ") on " + result.days().stream().sorted().map(DayOfWeek::name)
                        .map(d -> d.substring(0, 3)).collect(Collectors.joining(","))
                + (result.skipHolidays() ? ", public holidays off" : ", public holidays worked")
                + (result.custom() ? "" : " [defaults]"));
        return null;
    }
}
