package dev.relacja.mailbox.impl.rest;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.mailbox.api.SendJob;
import dev.relacja.mailbox.api.SendJobItem;
import dev.relacja.mailbox.api.SendJobService;
import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
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
 * {@code /mail/send-jobs}: serial sending. POST {@code {"name", "account", "template", "language", "recordType",
 * "recordIds", "resend"}} (or {@code "recordsOf": "invoice-run:12"} for a group's records) creates and starts a job (201); GET lists jobs with their progress; {@code /{id}/items}
 * what became of each record; {@code /{id}/pause} and {@code /{id}/resume}.
 */
@Component(service = SendJobResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("mail/send-jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SendJobResource {
    private final SendJobService jobs;

    @Activate
    public SendJobResource(@Reference SendJobService jobs) {
        this.jobs = jobs;
    }

    @GET
    public List<SendJob> list() {
        return jobs.list();
    }

    @POST
    public Response create(SendJobBody body) {
        SendJob created = jobs.create(body == null ? null : body.request());
        return Response.created(URI.create("mail/send-jobs/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public SendJob get(@PathParam("id") long id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("Send job", id));
    }

    @GET
    @Path("{id}/items")
    public Page<SendJobItem> items(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return jobs.items(id, new PageRequest(page, size));
    }

    @POST
    @Path("{id}/pause")
    public SendJob pause(@PathParam("id") long id) {
        return jobs.pause(id);
    }

    @POST
    @Path("{id}/resume")
    public SendJob resume(@PathParam("id") long id) {
        return jobs.resume(id);
    }
}
