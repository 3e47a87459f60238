package dev.relacja.scheduling.impl.web;

import dev.relacja.core.api.security.Role;
import dev.relacja.web.api.WebPage;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * The calendar in the web UI's menu: day, week and month views of the caller's (or chosen team members')
 * activities and tasks, moved by dragging, created from an empty slot, next to the list of the caller's open
 * tasks. Its files are this bundle's {@code /web/scheduling} ({@link CalendarPageFiles}).
 */
@Component(property = WebPage.PAGE_ID_PROPERTY + "=" + CalendarPage.ID)
public class CalendarPage implements WebPage {
    static final String ID = "calendar";
    static final String FILES = WebPage.MODULES_PATH + "scheduling/";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, String> labels() {
        return Map.of("pl", "Terminarz", "en", "Calendar");
    }

    @Override
    public int menuOrder() {
        return 100;
    }

    @Override
    public Role requiredRole() {
        return Role.VIEWER;
    }

    @Override
    public List<String> scripts() {
        return List.of(FILES + "fullcalendar/index.global.min.js", FILES + "fullcalendar/pl.global.min.js",
                FILES + "calendar.js");
    }

    @Override
    public List<String> stylesheets() {
        return List.of(FILES + "calendar.css");
    }
}
