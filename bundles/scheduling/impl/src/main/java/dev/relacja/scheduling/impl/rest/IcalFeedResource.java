package dev.relacja.scheduling.impl.rest;

import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.scheduling.api.IcalFeed;
import dev.relacja.scheduling.api.IcalFeedService;
import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /ical-feeds}: the caller's private iCalendar feeds. POST creates one ({@code {"team": true}} for
 * a supervisor's team feed) and answers its token and path once; {@code POST /{id}/rotate} replaces the
 * token; {@code DELETE /{id}} revokes the feed at once.
 */
@Component(service = IcalFeedResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("ical-feeds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IcalFeedResource {
    private final IcalFeedService feeds;

    @Activate
    public IcalFeedResource(@Reference IcalFeedService feeds) {
        this.feeds = feeds;
    }

    /** The body of a new feed: {@code team} (default false). */
    public record NewFeed(Boolean team) {
    }

    @GET
    public List<IcalFeed> list() {
        return feeds.feeds();
    }

    @POST
    public Response create(NewFeed body) {
        IcalFeed created = feeds.create(body != null && Boolean.TRUE.equals(body.team()));
        return Response.created(URI.create("ical-feeds/" + created.id())).entity(created).build();
    }

    @POST
    @Path("{id}/rotate")
    public IcalFeed rotate(@PathParam("id") long id) {
        return feeds.rotate(id);
    }

    @DELETE
    @Path("{id}")
    public IcalFeed revoke(@PathParam("id") long id) {
        return feeds.revoke(id);
    }
}
