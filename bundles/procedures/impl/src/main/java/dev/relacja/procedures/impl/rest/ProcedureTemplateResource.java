package dev.relacja.procedures.impl.rest;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.rest.EntityTags;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.procedures.api.ProcedureService;
import dev.relacja.procedures.api.ProcedureTemplate;
import dev.relacja.procedures.api.ProcedureTemplateDraft;
import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
 * {@code /procedure-templates}: procedure templates with their steps; managers create them, update them
 * (If-Match) and deactivate or activate them. Running procedures never change with their template.
 */
@Component(service = ProcedureTemplateResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("procedure-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProcedureTemplateResource {
    private final ProcedureService procedures;

    @Activate
    public ProcedureTemplateResource(@Reference ProcedureService procedures) {
        this.procedures = procedures;
    }

    @GET
    public List<ProcedureTemplate> list() {
        return procedures.templates();
    }

    @POST
    public Response create(ProcedureTemplateDraft draft) {
        ProcedureTemplate created = procedures.defineTemplate(requireBody(draft));
        return Response.created(URI.create("procedure-templates/" + created.id())).entity(created).tag(tag(created))
                .build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        ProcedureTemplate template = procedures.templates().stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Procedure template", id));
        return Response.ok(template).tag(tag(template)).build();
    }

    /** Replaces the template (code, name, description, steps) at the version named by If-Match. */
    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            ProcedureTemplateDraft draft) {
        long version = EntityTags.expectedVersion(ifMatch);
        ProcedureTemplate updated = procedures.updateTemplate(id, version, requireBody(draft));
        return Response.ok(updated).tag(tag(updated)).build();
    }

    /** No new procedures from this template; those running go on. */
    @POST
    @Path("{id}/deactivate")
    public Response deactivate(@PathParam("id") long id) {
        ProcedureTemplate template = procedures.setTemplateActive(id, false);
        return Response.ok(template).tag(tag(template)).build();
    }

    @POST
    @Path("{id}/activate")
    public Response activate(@PathParam("id") long id) {
        ProcedureTemplate template = procedures.setTemplateActive(id, true);
        return Response.ok(template).tag(tag(template)).build();
    }

    private static String tag(ProcedureTemplate template) {
        return Long.toString(template.version());
    }

    private static ProcedureTemplateDraft requireBody(ProcedureTemplateDraft draft) {
        if (draft == null) {
            throw new ValidationException("body", "send the template as JSON: code, name, description, steps");
        }
        return draft;
    }
}
