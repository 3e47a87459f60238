package dev.relacja.tasks.impl.rest;

import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.tasks.api.TaskService;
import dev.relacja.tasks.api.TeamMemberSummary;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /team}: the supervisor's overview of their team's open, overdue and finished work. */
@Component(service = TeamResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("team")
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {
    private final TaskService tasks;

    @Activate
    public TeamResource(@Reference TaskService tasks) {
        this.tasks = tasks;
    }

    @GET
    @Path("overview")
    public List<TeamMemberSummary> overview() {
        return tasks.teamOverview();
    }
}
