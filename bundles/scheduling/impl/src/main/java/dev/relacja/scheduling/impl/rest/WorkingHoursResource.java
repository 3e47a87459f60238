package dev.relacja.scheduling.impl.rest;

import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.scheduling.api.CalendarService;
import dev.relacja.scheduling.api.WorkingHours;
import dev.relacja.scheduling.api.WorkingHoursDraft;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /working-hours/{login}}: the hours that apply to an operator (their own or the defaults); PUT
 * sets their own ({@code start}, {@code end}, {@code days}, {@code skipHolidays}), DELETE returns them to the defaults.
 */
@Component(service = WorkingHoursResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("working-hours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkingHoursResource {
    private final CalendarService calendar;

    @Activate
    public WorkingHoursResource(@Reference CalendarService calendar) {
        this.calendar = calendar;
    }

    @GET
    @Path("{login}")
    public WorkingHours get(@PathParam("login") String login) {
        return calendar.workingHours(login);
    }

    @PUT
    @Path("{login}")
    public WorkingHours set(@PathParam("login") String login, WorkingHoursDraft draft) {
        return calendar.setWorkingHours(login, draft);
    }

    @DELETE
    @Path("{login}")
    public WorkingHours reset(@PathParam("login") String login) {
        return calendar.resetWorkingHours(login);
    }
}
