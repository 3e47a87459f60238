package dev.relacja.invoicing.impl.rest;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.rest.EntityTags;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.invoicing.api.CyclicScheme;
import dev.relacja.invoicing.api.CyclicSchemeDraft;
import dev.relacja.invoicing.api.CyclicSchemeService;
import dev.relacja.invoicing.api.ParticipantDraft;
import dev.relacja.invoicing.api.ParticipantImportReport;
import dev.relacja.invoicing.api.SchemeParticipant;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
 * {@code /cyclic-schemes}: cyclic invoicing schemes (list, create, read, update and delete with If-Match) and
 * their participants ({@code /{id}/participants}: paged list by counterparty code, add, read, update and remove
 * with If-Match, and a CSV import answering a report of every row). Dates are ISO (2026-11-27).
 */
@Component(service = CyclicSchemeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("cyclic-schemes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CyclicSchemeResource {
    private static final String CSV = "text/csv";

    private final CyclicSchemeService schemes;

    @Activate
    public CyclicSchemeResource(@Reference CyclicSchemeService schemes) {
        this.schemes = schemes;
    }

    /** Every scheme by name, with its lines and how many participants it has. */
    @GET
    public List<CyclicScheme> list() {
        return schemes.list();
    }

    @POST
    public Response create(CyclicSchemeDraft draft) {
        CyclicScheme created = schemes.create(requireBody(draft, "the cyclic scheme"));
        return Response.created(URI.create("cyclic-schemes/" + created.id())).entity(created)
                .tag(Long.toString(created.version())).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        CyclicScheme scheme = schemes.find(id).orElseThrow(() -> new NotFoundException("Cyclic scheme", id));
        return Response.ok(scheme).tag(Long.toString(scheme.version())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CyclicSchemeDraft draft) {
        long version = EntityTags.expectedVersion(ifMatch);
        CyclicScheme updated = schemes.update(id, version, requireBody(draft, "the cyclic scheme"));
        return Response.ok(updated).tag(Long.toString(updated.version())).build();
    }

    /** Deletes a scheme that never billed a period, with its participants (409 otherwise). */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        schemes.delete(id, EntityTags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/participants")
    public Page<SchemeParticipant> participants(@PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return schemes.participants(id, new PageRequest(page, size));
    }

    @POST
    @Path("{id}/participants")
    public Response addParticipant(@PathParam("id") long id, ParticipantDraft draft) {
        SchemeParticipant added = schemes.addParticipant(id, requireBody(draft, "the participant"));
        return Response.created(URI.create("cyclic-schemes/" + id + "/participants/" + added.id())).entity(added)
                .tag(Long.toString(added.version())).build();
    }

    /**
     * Adds or updates participants from a UTF-8 CSV body (see the bundle's README for the columns); 200 with a
     * report of every row, 400 when the header is refused (then nothing was imported).
     */
    @POST
    @Path("{id}/participants/import")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    public ParticipantImportReport importParticipants(@PathParam("id") long id, InputStream csv) {
        return schemes.importParticipants(id, new InputStreamReader(csv, StandardCharsets.UTF_8));
    }

    @GET
    @Path("{id}/participants/{participantId}")
    public Response participant(@PathParam("id") long id, @PathParam("participantId") long participantId) {
        SchemeParticipant participant = participantOf(id, participantId);
        return Response.ok(participant).tag(Long.toString(participant.version())).build();
    }

    @PUT
    @Path("{id}/participants/{participantId}")
    public Response updateParticipant(@PathParam("id") long id, @PathParam("participantId") long participantId,
            @HeaderParam("If-Match") String ifMatch, ParticipantDraft draft) {
        long version = EntityTags.expectedVersion(ifMatch);
        participantOf(id, participantId);
        SchemeParticipant updated = schemes.updateParticipant(participantId, version,
                requireBody(draft, "the participant"));
        return Response.ok(updated).tag(Long.toString(updated.version())).build();
    }

    /** Removes a participant that never billed a period (409 otherwise: end it with an until date). */
    @DELETE
    @Path("{id}/participants/{participantId}")
    public Response removeParticipant(@PathParam("id") long id, @PathParam("participantId") long participantId,
            @HeaderParam("If-Match") String ifMatch) {
        long version = EntityTags.expectedVersion(ifMatch);
        participantOf(id, participantId);
        schemes.removeParticipant(participantId, version);
        return Response.noContent().build();
    }

    /** The participant if it belongs to scheme {@code id}: another scheme's participant is not found here. */
    private SchemeParticipant participantOf(long id, long participantId) {
        return schemes.findParticipant(participantId).filter(p -> p.schemeId() == id)
                .orElseThrow(() -> new NotFoundException("Participant of cyclic scheme " + id, participantId));
    }

    private static <T> T requireBody(T body, String what) {
        if (body == null) {
            throw new ValidationException("body", "send " + what + " as JSON");
        }
        return body;
    }
}
