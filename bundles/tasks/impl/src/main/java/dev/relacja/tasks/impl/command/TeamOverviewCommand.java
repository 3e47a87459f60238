package dev.relacja.tasks.impl.command;

import dev.relacja.tasks.api.TaskService;
import dev.relacja.tasks.api.TeamMemberSummary;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:team-overview}: the caller's team, one line per operator, with open, overdue and this week's work. */
@Service
@Command(scope = "crm", name = "team-overview", description = "Open, overdue and finished work of your team")
public class TeamOverviewCommand implements Action {
    @Reference
    TaskService tasks;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Operator");
        table.column("Name");
        table.column("Open").alignRight();
        table.column("Overdue").alignRight();
        table.column("Done this week").alignRight();
        table.column("Time this week").alignRight();
        for (TeamMemberSummary m : tasks.teamOverview()) {
            long minutes = m.minutesLoggedThisWeek();
            table.addRow().addContent(m.operator(), ShellValues.orBlank(m.displayName()), m.open(), m.overdue(),
                    m.doneThisWeek(), String.format("%d:%02d", minutes / 60, minutes % 60));
        }
        table.print(System.out);
        return null;
    }
}
