package dev.relacja.scheduling.impl.rest;

import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.scheduling.api.AlertService;
import dev.relacja.scheduling.api.MarkRead;
import dev.relacja.scheduling.api.Notifications;
import dev.relacja.scheduling.api.ReadReceipt;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /notifications}: the caller's in-app alerts, newest first, with the unread count ({@code ?unread=true}
 * for unread ones only, {@code ?limit=} up to 500); POST {@code {"ids": [..]}} or {@code {"all": true}} marks them read.
 */
@Component(service = NotificationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationResource {
    private final AlertService alerts;

    @Activate
    public NotificationResource(@Reference AlertService alerts) {
        this.alerts = alerts;
    }

    @GET
    public Notifications list(@QueryParam("unread") boolean unreadOnly, @QueryParam("limit") @DefaultValue("50") int limit) {
        return alerts.notifications(unreadOnly, limit);
    }

    @POST
    public ReadReceipt markRead(MarkRead request) {
        return alerts.markRead(request);
    }
}
