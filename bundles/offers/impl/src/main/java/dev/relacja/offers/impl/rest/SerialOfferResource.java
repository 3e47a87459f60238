package dev.relacja.offers.impl.rest;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.rest.EntityTags;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.offers.api.SerialOffer;
import dev.relacja.offers.api.SerialOfferDraft;
import dev.relacja.offers.api.SerialOfferMember;
import dev.relacja.offers.api.SerialOfferService;
import dev.relacja.offers.api.SerialPrice;
import dev.relacja.offers.api.SerialPriceImport;
import dev.relacja.offers.api.SerialSending;
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
 * {@code /serial-offers}: one offer for many counterparties. List, create, read, change and delete (If-Match) a
 * serial offer; read its members with their offers and mail outcome; read, replace or import from CSV its price
 * table; generate its members' offers and send them (each change If-Match, answering the new ETag).
 */
@Component(service = SerialOfferResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("serial-offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SerialOfferResource {
    private static final String CSV = "text/csv";

    private final SerialOfferService serialOffers;

    @Activate
    public SerialOfferResource(@Reference SerialOfferService serialOffers) {
        this.serialOffers = serialOffers;
    }

    /** Newest first. */
    @GET
    public Page<SerialOffer> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return serialOffers.list(new PageRequest(page, size));
    }

    @POST
    public Response create(SerialOfferDraft draft) {
        SerialOffer created = serialOffers.create(requireBody(draft, "send the serial offer as JSON"));
        return Response.created(URI.create("serial-offers/" + created.id())).entity(created).tag(tag(created))
                .build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        return answer(serialOffers.find(id).orElseThrow(() -> new NotFoundException("Serial offer", id)));
    }

    /** Replaces a DRAFT's name, content and members (its members are chosen again); other statuses are a conflict. */
    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            SerialOfferDraft draft) {
        long version = EntityTags.expectedVersion(ifMatch);
        return answer(serialOffers.update(id, version, requireBody(draft, "send the serial offer as JSON")));
    }

    /** Deletes a DRAFT with its price table. */
    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        serialOffers.delete(id, EntityTags.expectedVersion(ifMatch));
    }

    /** The members in their order, with their offers and, once sent, what the send job did with each. */
    @GET
    @Path("{id}/members")
    public Page<SerialOfferMember> members(@PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return serialOffers.members(id, new PageRequest(page, size));
    }

    @GET
    @Path("{id}/prices")
    public List<SerialPrice> prices(@PathParam("id") long id) {
        return serialOffers.prices(id);
    }

    /** Replaces a DRAFT's whole price table with the body's cells ({@code []} empties it). */
    @PUT
    @Path("{id}/prices")
    public Response putPrices(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            List<SerialPrice> prices) {
        long version = EntityTags.expectedVersion(ifMatch);
        return answer(serialOffers.putPrices(id, version, requireBody(prices, "send the prices as a JSON array")));
    }

    /**
     * Imports price table cells from a UTF-8 CSV body (see the bundle's README for the columns); 200 with a report
     * of every row, 400 when the header is refused (then nothing was imported). The serial offer's new ETag comes
     * with {@code GET /serial-offers/{id}}.
     */
    @POST
    @Path("{id}/prices/import")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    public SerialPriceImport importPrices(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            InputStream csv) {
        long version = EntityTags.expectedVersion(ifMatch);
        return serialOffers.importPrices(id, version, new InputStreamReader(csv, StandardCharsets.UTF_8));
    }

    /** Makes each member without an offer its draft offer; again on a GENERATED one, retries the failed. */
    @POST
    @Path("{id}/generate")
    public Response generate(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return answer(serialOffers.generate(id, EntityTags.expectedVersion(ifMatch)));
    }

    /** Numbers the generated offers and has one mailbox send job e-mail them. The body is optional. */
    @POST
    @Path("{id}/send")
    public Response send(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, SerialSending sending) {
        long version = EntityTags.expectedVersion(ifMatch);
        return answer(serialOffers.send(id, version, sending == null ? SerialSending.DEFAULTS : sending));
    }

    private static Response answer(SerialOffer serialOffer) {
        return Response.ok(serialOffer).tag(tag(serialOffer)).build();
    }

    private static String tag(SerialOffer serialOffer) {
        return Long.toString(serialOffer.version());
    }

    private static <T> T requireBody(T body, String message) {
        if (body == null) {
            throw new ValidationException("body", message);
        }
        return body;
    }
}
