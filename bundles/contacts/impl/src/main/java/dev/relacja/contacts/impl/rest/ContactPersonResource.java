package dev.relacja.contacts.impl.rest;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.ContactPersonDraft;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.rest.EntityTags;
import dev.relacja.core.api.rest.RelacjaRest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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

/** {@code /contact-persons/{id}}: read, update (If-Match) and remove (If-Match) one contact person. */
@Component(service = ContactPersonResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("contact-persons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactPersonResource {
    private final CounterpartyService counterparties;

    @Activate
    public ContactPersonResource(@Reference CounterpartyService counterparties) {
        this.counterparties = counterparties;
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        ContactPerson person = counterparties.findContactPerson(id)
                .orElseThrow(() -> new NotFoundException("Contact person", id));
        return Response.ok(person).tag(Long.toString(person.version())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ContactPersonDraft draft) {
        long version = EntityTags.expectedVersion(ifMatch);
        if (draft == null) {
            throw new ValidationException("body", "send the contact person as JSON");
        }
        ContactPerson updated = counterparties.updateContactPerson(id, version, draft);
        return Response.ok(updated).tag(Long.toString(updated.version())).build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        counterparties.removeContactPerson(id, EntityTags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }
}
