package dev.relacja.offers.impl.rest;

import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.rest.EntityTags;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.offers.api.ConversionKind;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferDiff;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferPrintouts;
import dev.relacja.offers.api.OfferQuery;
import dev.relacja.offers.api.OfferRevision;
import dev.relacja.offers.api.OfferSending;
import dev.relacja.offers.api.OfferService;
import dev.relacja.offers.api.OfferStatus;
import dev.relacja.offers.impl.printing.OfferDocuments;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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
 * {@code /offers}: search offers, create drafts, read, change (If-Match; a sent offer's change is its next
 * revision) and delete (If-Match) them, print them as PDF with a built-in template in Polish or English; send them
 * by e-mail, read their frozen revisions (and their PDFs) and the difference between two, and register the
 * customer's acceptance or rejection, and convert an accepted offer into a draft invoice (each If-Match). Dates are
 * ISO (2026-11-27).
 */
@Component(service = OfferResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfferResource {
    private final OfferService offers;
    private final OfferPrintouts printouts;

    @Activate
    public OfferResource(@Reference OfferService offers, @Reference OfferPrintouts printouts) {
        this.offers = offers;
        this.printouts = printouts;
    }

    /** Newest issue date first; {@code counterpartyId} and {@code status} narrow the list. */
    @GET
    public Page<Offer> search(@QueryParam("counterpartyId") Long counterpartyId, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return offers.search(new OfferQuery(counterpartyId, status(status)), new PageRequest(page, size));
    }

    @POST
    public Response create(OfferDraft draft) {
        Offer created = offers.create(requireBody(draft));
        return Response.created(URI.create("offers/" + created.id())).entity(created).tag(tag(created)).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        return answer(offers.find(id).orElseThrow(() -> new NotFoundException("Offer", id)));
    }

    /** Replaces a draft's fields, or a sent offer's as its next revision; other statuses are a conflict. */
    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, OfferDraft draft) {
        long version = EntityTags.expectedVersion(ifMatch);
        return answer(offers.update(id, version, requireBody(draft)));
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        offers.delete(id, EntityTags.expectedVersion(ifMatch));
    }

    /**
     * The offer as it is now as a PDF (offer-draft-12.pdf, offer-OF-12-2026.pdf); {@code template} formal or
     * compact, {@code language} pl or en.
     */
    @GET
    @Path("{id}/pdf")
    @Produces(PdfResponses.PDF)
    public Response pdf(@PathParam("id") long id, @QueryParam("template") String template,
            @QueryParam("language") String language) {
        Offer offer = offers.find(id).orElseThrow(() -> new NotFoundException("Offer", id));
        return PdfResponses.inline(OfferDocuments.fileName(offer.label()),
                () -> printouts.pdf(id, template, language));
    }

    /** E-mails the offer's current revision; a draft takes its number first. The body is optional. */
    @POST
    @Path("{id}/send")
    public Response send(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, OfferSending sending) {
        long version = EntityTags.expectedVersion(ifMatch);
        return answer(offers.send(id, version, sending == null ? OfferSending.DEFAULTS : sending));
    }

    /** The offer's frozen revisions, r1 first, each with its content and SHA-256. */
    @GET
    @Path("{id}/revisions")
    public List<OfferRevision> revisions(@PathParam("id") long id) {
        return offers.revisions(id);
    }

    @GET
    @Path("{id}/revisions/{revision}")
    public OfferRevision revision(@PathParam("id") long id, @PathParam("revision") int revision) {
        return offers.revision(id, revision)
                .orElseThrow(() -> new NotFoundException("Offer revision", id + " r" + revision));
    }

    /** A frozen revision as a PDF (offer-OF-12-2026-r2.pdf), as it was sent or changed. */
    @GET
    @Path("{id}/revisions/{revision}/pdf")
    @Produces(PdfResponses.PDF)
    public Response revisionPdf(@PathParam("id") long id, @PathParam("revision") int revision,
            @QueryParam("template") String template, @QueryParam("language") String language) {
        OfferRevision frozen = revision(id, revision);
        return PdfResponses.inline(OfferDocuments.fileName(frozen.label()),
                () -> printouts.revisionPdf(id, revision, template, language));
    }

    /** What changed between revisions {@code from} and {@code to}, both required. */
    @GET
    @Path("{id}/diff")
    public OfferDiff diff(@PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldError("from", "name the earlier revision: ?from=1"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "name the later revision: ?to=2"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return offers.diff(id, from, to);
    }

    /** Registers the customer's acceptance of a revision (the latest when the body names none). */
    @POST
    @Path("{id}/accept")
    public Response accept(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, AcceptBody body) {
        long version = EntityTags.expectedVersion(ifMatch);
        AcceptBody accepted = body == null ? new AcceptBody(null, null) : body;
        return answer(offers.accept(id, version, accepted.revision(), accepted.replyMessageId()));
    }

    /** Registers that the customer declined the offer; the reason is required. */
    @POST
    @Path("{id}/reject")
    public Response reject(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, RejectBody body) {
        long version = EntityTags.expectedVersion(ifMatch);
        return answer(offers.reject(id, version, body == null ? null : body.reason()));
    }

    /**
     * Converts the accepted offer into a draft sales invoice or pro forma (If-Match); the answer is the offer, whose
     * {@code conversion.invoiceId} names the invoice (also the Location).
     */
    @POST
    @Path("{id}/convert")
    public Response convert(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ConvertBody body) {
        long version = EntityTags.expectedVersion(ifMatch);
        Offer converted = offers.convert(id, version, kind(body == null ? null : body.kind()));
        return Response.ok(converted).tag(tag(converted))
                .location(URI.create("invoices/" + converted.conversion().invoiceId())).build();
    }

    private static ConversionKind kind(String value) {
        if (value == null || value.isBlank()) {
            return ConversionKind.SALES;
        }
        try {
            return ConversionKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("kind", "an offer converts into SALES or PRO_FORMA, not '" + value.strip()
                    + "'");
        }
    }

    private static Response answer(Offer offer) {
        return Response.ok(offer).tag(tag(offer)).build();
    }

    private static String tag(Offer offer) {
        return Long.toString(offer.version());
    }

    private static OfferDraft requireBody(OfferDraft draft) {
        if (draft == null) {
            throw new ValidationException("body", "send the offer as JSON");
        }
        return draft;
    }

    static OfferStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OfferStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", "status is " + Arrays.stream(OfferStatus.values())
                    .map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ", not '"
                    + value + "'");
        }
    }
}
