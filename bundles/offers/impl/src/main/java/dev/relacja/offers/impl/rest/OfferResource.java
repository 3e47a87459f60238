package dev.relacja.offers.impl.rest;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.rest.EntityTags;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferPrintouts;
import dev.relacja.offers.api.OfferQuery;
import dev.relacja.offers.api.OfferService;
import dev.relacja.offers.api.OfferStatus;
import java.net.URI;
import java.util.Arrays;
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
 * {@code /offers}: search offers, create drafts, read, change (If-Match) and delete (If-Match) them, and print
 * them as PDF with a built-in template in Polish or English. Dates are ISO (2026-11-27).
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
        Offer offer = offers.find(id).orElseThrow(() -> new NotFoundException("Offer", id));
        return Response.ok(offer).tag(tag(offer)).build();
    }

    /** Replaces a draft's fields; an offer that is no longer a draft is a conflict. */
    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, OfferDraft draft) {
        long version = EntityTags.expectedVersion(ifMatch);
        Offer updated = offers.update(id, version, requireBody(draft));
        return Response.ok(updated).tag(tag(updated)).build();
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        offers.delete(id, EntityTags.expectedVersion(ifMatch));
    }

    /** The offer as a PDF (offer-draft-12.pdf); {@code template} formal or compact, {@code language} pl or en. */
    @GET
    @Path("{id}/pdf")
    @Produces(PdfResponses.PDF)
    public Response pdf(@PathParam("id") long id, @QueryParam("template") String template,
            @QueryParam("language") String language) {
        Offer offer = offers.find(id).orElseThrow(() -> new NotFoundException("Offer", id));
        return PdfResponses.inline("offer-" + offer.label().replaceAll("[^A-Za-z0-9]+", "-") + ".pdf",
                () -> printouts.pdf(id, template, language));
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
