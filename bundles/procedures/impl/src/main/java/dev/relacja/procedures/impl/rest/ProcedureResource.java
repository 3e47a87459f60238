package dev.relacja.procedures.impl.rest;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.procedures.api.Procedure;
import dev.relacja.procedures.api.ProcedureService;
import dev.relacja.procedures.api.ProcedureStart;
import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
 * {@code /procedures}: procedures started for counterparties, each with its progress (its main task's);
 * POST starts one from a template. The work itself is under {@code /tasks/{mainTaskId}/subtasks}.
 */
@Component(service = ProcedureResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("procedures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProcedureResource {
    private final ProcedureService procedures;

    @Activate
    public ProcedureResource(@Reference ProcedureService procedures) {
        this.procedures = procedures;
    }

    @GET
    public List<Procedure> list(@QueryParam("counterparty") Long counterpartyId) {
        return procedures.list(counterpartyId);
    }

    /** Starts a procedure: {@code template} (code) and {@code counterpartyId}, optionally {@code startDate}, {@code title}, {@code owner}. */
    @POST
    public Response start(ProcedureStart start) {
        if (start == null) {
            throw new ValidationException("body", "send {\"template\": code, \"counterpartyId\": id} as JSON");
        }
        Procedure started = procedures.start(start);
        return Response.created(URI.create("procedures/" + started.id())).entity(started).build();
    }

    @GET
    @Path("{id}")
    public Procedure get(@PathParam("id") long id) {
        return procedures.find(id).orElseThrow(() -> new NotFoundException("Procedure", id));
    }
}
