package dev.relacja.invoicing.impl.rest;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.rest.EntityTags;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.CatalogueItemDraft;
import dev.relacja.invoicing.api.CatalogueQuery;
import dev.relacja.invoicing.api.CatalogueService;
import dev.relacja.invoicing.api.ItemKind;
import java.net.URI;
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
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /catalogue-items}: the catalogue of goods and services; search, create, read, update (If-Match),
 * archive and restore (If-Match). The VAT rate travels as its code ("23", "zw").
 */
@Component(service = CatalogueItemResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("catalogue-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogueItemResource {
    private final CatalogueService catalogue;

    @Activate
    public CatalogueItemResource(@Reference CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * {@code active}: {@code true} (default) active items, {@code false} archived ones, {@code all} both;
     * {@code sort}: code, name, netPrice or updated, {@code -} in front for descending.
     */
    @GET
    public Page<CatalogueItem> search(@QueryParam("q") String text, @QueryParam("kind") String kind,
            @QueryParam("active") @DefaultValue("true") String active, @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return catalogue.search(new CatalogueQuery(text, kind(kind), active(active), sort), new PageRequest(page, size));
    }

    @POST
    public Response create(CatalogueItemDraft draft) {
        CatalogueItem created = catalogue.create(requireBody(draft));
        return Response.created(URI.create("catalogue-items/" + created.id())).entity(created).tag(tag(created)).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        CatalogueItem item = catalogue.find(id).orElseThrow(() -> new NotFoundException("Catalogue item", id));
        return Response.ok(item).tag(tag(item)).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CatalogueItemDraft draft) {
        long version = EntityTags.expectedVersion(ifMatch);
        CatalogueItem updated = catalogue.update(id, version, requireBody(draft));
        return Response.ok(updated).tag(tag(updated)).build();
    }

    /** Takes the item out of searches; it stays readable, since invoices keep referring to it. */
    @POST
    @Path("{id}/archive")
    public Response archive(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        CatalogueItem item = catalogue.setActive(id, EntityTags.expectedVersion(ifMatch), false);
        return Response.ok(item).tag(tag(item)).build();
    }

    @POST
    @Path("{id}/restore")
    public Response restore(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        CatalogueItem item = catalogue.setActive(id, EntityTags.expectedVersion(ifMatch), true);
        return Response.ok(item).tag(tag(item)).build();
    }

    private static String tag(CatalogueItem item) {
        return Long.toString(item.version());
    }

    private static CatalogueItemDraft requireBody(CatalogueItemDraft draft) {
        if (draft == null) {
            throw new ValidationException("body", "send the catalogue item as JSON");
        }
        return draft;
    }

    private static ItemKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ItemKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("kind", "kind is goods or service, not '" + value + "'");
        }
    }

    private static Boolean active(String value) {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "all":
                return null;
            default:
                throw new ValidationException("active", "active is true (the default), false (archived items) or all, not '"
                        + value + "'");
        }
    }
}
