package dev.relacja.scheduling.impl.web;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves the calendar page's script and style and FullCalendar (copied from its WebJar into this bundle at
 * build time) under {@code /relacja/modules/scheduling/}, so they come and go with this bundle.
 */
@Component(service = CalendarPageFiles.class)
@HttpWhiteboardResource(pattern = CalendarPage.FILES + "*", prefix = "/web/scheduling")
public class CalendarPageFiles {
}
