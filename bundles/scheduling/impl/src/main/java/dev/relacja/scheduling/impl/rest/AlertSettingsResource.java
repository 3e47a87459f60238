package dev.relacja.scheduling.impl.rest;

import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.scheduling.api.AlertService;
import dev.relacja.scheduling.api.AlertSettings;
import dev.relacja.scheduling.api.RemindersDraft;
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
 * {@code /alert-settings/{login}}: the operator's default reminders (minutes before an activity starts or a
 * task is due); PUT {@code {"reminders": [15, 60]}} sets their own, DELETE returns them to the configured default.
 */
@Component(service = AlertSettingsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("alert-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlertSettingsResource {
    private final AlertService alerts;

    @Activate
    public AlertSettingsResource(@Reference AlertService alerts) {
        this.alerts = alerts;
    }

    @GET
    @Path("{login}")
    public AlertSettings get(@PathParam("login") String login) {
        return alerts.settings(login);
    }

    @PUT
    @Path("{login}")
    public AlertSettings set(@PathParam("login") String login, RemindersDraft draft) {
        return alerts.setSettings(login, draft);
    }

    @DELETE
    @Path("{login}")
    public AlertSettings reset(@PathParam("login") String login) {
        return alerts.resetSettings(login);
    }
}
