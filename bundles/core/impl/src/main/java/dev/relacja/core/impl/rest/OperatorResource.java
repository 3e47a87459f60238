package dev.relacja.core.impl.rest;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.rest.EntityTags;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorDraft;
import dev.relacja.core.api.security.OperatorService;
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

/** {@code /operators}: everyone signed in reads, admins create and change operators. */
@Component(service = OperatorResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("operators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorResource {
    private final OperatorService operators;

    /** The body of a create: the operator and their first password. */
    public record NewOperator(OperatorDraft operator, String password) {
    }

    /** The body of a password change. */
    public record NewPassword(String password) {
    }

    @Activate
    public OperatorResource(@Reference OperatorService operators) {
        this.operators = operators;
    }

    @GET
    public Page<Operator> list() {
        List<Operator> all = operators.list();
        return new Page<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        Operator operator = operators.find(id).orElseThrow(() -> new NotFoundException("Operator", id));
        return Response.ok(operator).tag(Long.toString(operator.version())).build();
    }

    @POST
    public Response create(NewOperator body) {
        if (body == null || body.operator() == null) {
            throw new ValidationException("operator", "send the operator to create");
        }
        char[] password = body.password() == null ? null : body.password().toCharArray();
        Operator created = operators.create(body.operator(), password);
        return Response.created(URI.create("operators/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, OperatorDraft draft) {
        if (draft == null) {
            throw new ValidationException("body", "send the operator's new state");
        }
        Operator updated = operators.update(id, EntityTags.expectedVersion(ifMatch), draft);
        return Response.ok(updated).tag(Long.toString(updated.version())).build();
    }

    @PUT
    @Path("{id}/password")
    public Response changePassword(@PathParam("id") long id, NewPassword body) {
        operators.changePassword(id, body == null || body.password() == null ? null : body.password().toCharArray());
        return Response.noContent().build();
    }
}
