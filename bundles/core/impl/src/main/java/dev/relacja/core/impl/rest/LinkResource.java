package dev.relacja.core.impl.rest;

import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.records.Link;
import dev.relacja.core.api.records.LinkService;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.rest.RelacjaRest;
import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

/** {@code /links}: a record's links ({@code ?type=counterparty&id=5}), linking two records, removing a link. */
@Component(service = LinkResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LinkResource {
    private final LinkService links;

    /** The body of a new link. */
    public record NewLink(RecordRef from, RecordRef to, String note) {
    }

    @Activate
    public LinkResource(@Reference LinkService links) {
        this.links = links;
    }

    @GET
    public List<Link> linksOf(@QueryParam("type") String type, @QueryParam("id") Long id) {
        return links.linksOf(Records.ref(type, id));
    }

    @POST
    public Response link(NewLink body) {
        if (body == null || body.from() == null || body.to() == null) {
            throw new ValidationException("from", "send both ends: {\"from\":{\"type\":…,\"id\":…},\"to\":{…}}");
        }
        Link link = links.link(Records.ref(body.from().type(), body.from().id()),
                Records.ref(body.to().type(), body.to().id()), body.note());
        return Response.created(URI.create("links/" + link.id())).entity(link).build();
    }

    @DELETE
    @Path("{id}")
    public Response unlink(@PathParam("id") long id) {
        links.unlink(id);
        return Response.noContent().build();
    }
}
