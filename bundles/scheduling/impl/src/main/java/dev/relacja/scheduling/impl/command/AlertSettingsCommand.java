package dev.relacja.scheduling.impl.command;

import dev.relacja.scheduling.api.AlertService;
import dev.relacja.scheduling.api.AlertSettings;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:alert-settings LOGIN}: an operator's default reminders; {@code --set 15,60} or {@code --reset} change them. */
@Service
@Command(scope = "crm", name = "alert-settings", description = "Show or set an operator's default reminders")
public class AlertSettingsCommand implements Action {
    @Reference
    AlertService alerts;

    @Argument(index = 0, name = "login", required = true, description = "The operator")
    String login;

    @Option(name = "--set", description = "Minutes before the start or deadline, e.g. 15,60; none for no reminders")
    String reminders;

    @Option(name = "--reset", description = "Drop the operator's own reminders; the configured default applies")
    boolean reset;

    @Override
    public Object execute() {
        AlertSettings settings;
        if (reset) {
            settings = alerts.resetSettings(login);
        } else if (reminders != null) {
            settings = alerts.setSettings(login, ReminderValues.parse(reminders));
        } else {
            settings = alerts.settings(login);
        }
        System.out.println(settings.operator() + ": " + ReminderValues.print(settings.reminders()) + " before"
                + (settings.custom() ? "" : " [default]"));
        return null;
    }
}
