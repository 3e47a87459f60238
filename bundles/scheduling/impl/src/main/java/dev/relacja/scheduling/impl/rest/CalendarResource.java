package dev.relacja.scheduling.impl.rest;

import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.rest.EntityTags;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.scheduling.api.AlertService;
import dev.relacja.scheduling.api.AlertStatus;
import dev.relacja.scheduling.api.CalendarItem;
import dev.relacja.scheduling.api.CalendarRequest;
import dev.relacja.scheduling.api.CalendarService;
import dev.relacja.scheduling.api.CalendarView;
import dev.relacja.scheduling.api.ItemReminders;
import dev.relacja.scheduling.api.OperatorLoad;
import dev.relacja.scheduling.api.RemindersDraft;
import dev.relacja.scheduling.api.ScheduleChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /calendar}: the activities and tasks of operators overlapping a range, in the caller's zone;
 * {@code /calendar/load}: planned against working time per operator and day; {@code PATCH
 * /calendar/items/{id}}: moving or resizing an item, which is a task update (If-Match, same validation and log);
 * {@code /calendar/items/{id}/reminders}: the item's reminders, PUT {@code {"reminders": [15, 60]}} its own,
 * DELETE back to its owner's; {@code /calendar/items/{id}/alerts}: its recorded alerts and their deliveries.
 */
@Component(service = CalendarResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {
    private final CalendarService calendar;
    private final AlertService alerts;

    @Activate
    public CalendarResource(@Reference CalendarService calendar, @Reference AlertService alerts) {
        this.calendar = calendar;
        this.alerts = alerts;
    }

    @GET
    public CalendarView calendar(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("operators") List<String> operators) {
        return calendar.calendar(request(from, to, operators));
    }

    @GET
    @Path("load")
    public List<OperatorLoad> load(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("operators") List<String> operators) {
        return calendar.load(request(from, to, operators));
    }

    @PATCH
    @Path("items/{id}")
    public Response move(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ScheduleChange change) {
        long version = EntityTags.expectedVersion(ifMatch);
        CalendarItem moved = calendar.move(id, version, change);
        return Response.ok(moved).tag(Long.toString(moved.version())).build();
    }

    @GET
    @Path("items/{id}/reminders")
    public ItemReminders reminders(@PathParam("id") long id) {
        return alerts.reminders(id);
    }

    @PUT
    @Path("items/{id}/reminders")
    public ItemReminders setReminders(@PathParam("id") long id, RemindersDraft draft) {
        return alerts.setReminders(id, draft);
    }

    @DELETE
    @Path("items/{id}/reminders")
    public ItemReminders resetReminders(@PathParam("id") long id) {
        return alerts.resetReminders(id);
    }

    @GET
    @Path("items/{id}/alerts")
    public List<AlertStatus> alerts(@PathParam("id") long id) {
        return alerts.alerts(id);
    }

    private static CalendarRequest request(String from, String to, List<String> operators) {
        List<FieldError> errors = new ArrayList<>();
        Instant start = QueryValues.instant(errors, "from", from);
        Instant end = QueryValues.instant(errors, "to", to);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new CalendarRequest(start, end, QueryValues.logins(operators));
    }
}
