package dev.relacja.contacts.impl.rest;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.ContactPersonDraft;
import dev.relacja.contacts.api.ContactsTransfer;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyQuery;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.contacts.api.CounterpartyStatus;
import dev.relacja.contacts.api.ImportReport;
import dev.relacja.contacts.api.TimelineEntry;
import dev.relacja.contacts.api.VCardFormat;
import dev.relacja.contacts.impl.card.CounterpartyCard;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.rest.EntityTags;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.documents.api.RenderingException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ServiceUnavailableException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /counterparties}: search, read, create, update (If-Match), archive and restore; their contact
 * persons and timeline; CSV import and export of counterparties, vCard import and export of contact persons;
 * the counterparty card as PDF.
 */
@Component(service = CounterpartyResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("counterparties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CounterpartyResource {
    private static final String CSV = "text/csv";
    private static final String VCARD = "text/vcard";

    private final CounterpartyService counterparties;
    private final ContactsTransfer transfer;
    private final CounterpartyCard card;

    @Activate
    public CounterpartyResource(@Reference CounterpartyService counterparties, @Reference ContactsTransfer transfer,
            @Reference CounterpartyCard card) {
        this.counterparties = counterparties;
        this.transfer = transfer;
        this.card = card;
    }

    /** The counterparty card (karta kontrahenta) as a PDF. */
    @GET
    @Path("{id}/card.pdf")
    @Produces("application/pdf")
    public Response printCard(@PathParam("id") long id) {
        byte[] pdf;
        try {
            pdf = card.pdf(id);
        } catch (RenderingException e) {
            if (e.reason() == RenderingException.Reason.TIMEOUT || e.reason() == RenderingException.Reason.BUSY) {
                // the printing queue is full or slow: worth trying again, unlike a broken template (500)
                throw new ServiceUnavailableException(e.getMessage(), 10L);
            }
            throw e;
        }
        return Response.ok(pdf)
                .header("Content-Disposition", "inline; filename=\"counterparty-" + id + ".pdf\"").build();
    }

    /** Imports counterparties from a CSV body; answers what was created, updated and refused. */
    @POST
    @Path("import")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    public ImportReport importCsv(String csv, @QueryParam("update") @DefaultValue("false") boolean update) {
        return transfer.importCounterparties(new StringReader(csv == null ? "" : csv), update);
    }

    /** The counterparties matching the same filters as the list, as one CSV file. */
    @GET
    @Path("export")
    @Produces(CSV + ";charset=UTF-8")
    public Response exportCsv(@QueryParam("q") String text, @QueryParam("tag") String tag,
            @QueryParam("owner") Long ownerId, @QueryParam("status") String status, @QueryParam("sort") String sort) {
        CounterpartyQuery query = new CounterpartyQuery(text, tag, ownerId, status(status), sort);
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            transfer.exportCounterparties(query, writer);
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"counterparties.csv\"").build();
    }

    @POST
    @Path("{id}/contact-persons/import")
    @Consumes({VCARD, "text/x-vcard", MediaType.TEXT_PLAIN})
    public ImportReport importVcards(@PathParam("id") long id, String vcards) {
        return transfer.importContactPersons(id, new StringReader(vcards == null ? "" : vcards));
    }

    @GET
    @Path("{id}/contact-persons/vcard")
    @Produces(VCARD + ";charset=UTF-8")
    public String exportVcards(@PathParam("id") long id, @QueryParam("version") @DefaultValue("4.0") String version) {
        StringWriter out = new StringWriter();
        transfer.exportContactPersons(id, VCardFormat.ofVersion(version), out);
        return out.toString();
    }

    @GET
    public Page<Counterparty> search(@QueryParam("q") String text, @QueryParam("tag") String tag,
            @QueryParam("owner") Long ownerId, @QueryParam("status") String status,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return counterparties.search(new CounterpartyQuery(text, tag, ownerId, status(status), sort),
                new PageRequest(page, size));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        return withTag(Response.ok(), load(id)).build();
    }

    @POST
    public Response create(CounterpartyDraft draft) {
        Counterparty created = counterparties.create(requireBody(draft));
        return withTag(Response.created(URI.create("counterparties/" + created.id())), created).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CounterpartyDraft draft) {
        long version = EntityTags.expectedVersion(ifMatch);
        return withTag(Response.ok(), counterparties.update(id, version, requireBody(draft))).build();
    }

    @POST
    @Path("{id}/archive")
    public Response archive(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(Response.ok(), counterparties.archive(id, EntityTags.expectedVersion(ifMatch))).build();
    }

    @POST
    @Path("{id}/restore")
    public Response restore(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(Response.ok(), counterparties.restore(id, EntityTags.expectedVersion(ifMatch))).build();
    }

    @GET
    @Path("{id}/contact-persons")
    public List<ContactPerson> contactPersons(@PathParam("id") long id) {
        return counterparties.contactPersons(id);
    }

    @POST
    @Path("{id}/contact-persons")
    public Response addContactPerson(@PathParam("id") long id, ContactPersonDraft draft) {
        if (draft == null) {
            throw new ValidationException("body", "send the contact person to add");
        }
        ContactPerson added = counterparties.addContactPerson(id, draft);
        return Response.created(URI.create("contact-persons/" + added.id()))
                .entity(added).tag(Long.toString(added.version())).build();
    }

    @GET
    @Path("{id}/timeline")
    public List<TimelineEntry> timeline(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("50") int limit) {
        return counterparties.timeline(id, limit);
    }

    private Counterparty load(long id) {
        return counterparties.find(id).orElseThrow(() -> new NotFoundException("Counterparty", id));
    }

    private static Response.ResponseBuilder withTag(Response.ResponseBuilder response, Counterparty counterparty) {
        return response.entity(counterparty).tag(Long.toString(counterparty.version()));
    }

    private static CounterpartyDraft requireBody(CounterpartyDraft draft) {
        if (draft == null) {
            throw new ValidationException("body", "send the counterparty as JSON");
        }
        return draft;
    }

    private static CounterpartyStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CounterpartyStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", "status is ACTIVE or ARCHIVED");
        }
    }
}
