package dev.relacja.offers.impl.rest;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.rest.EntityTags;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.offers.api.OfferTemplate;
import dev.relacja.offers.api.OfferTemplateDraft;
import dev.relacja.offers.api.OfferTemplateService;
import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
 * {@code /offer-templates}: the built-in offer templates and admins' own — list, read (with the text), upload or
 * copy a built-in one (PUT without If-Match creates, with If-Match changes), delete (If-Match), and preview a saved
 * template or an unsaved text against a real offer as a PDF.
 */
@Component(service = OfferTemplateResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("offer-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfferTemplateResource {
    private final OfferTemplateService templates;

    @Activate
    public OfferTemplateResource(@Reference OfferTemplateService templates) {
        this.templates = templates;
    }

    @GET
    public List<OfferTemplate> list() {
        return templates.list();
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code) {
        OfferTemplate template = templates.find(code).orElseThrow(() -> new NotFoundException("Offer template", code));
        return Response.ok(template).tag(EntityTags.of(template.version())).build();
    }

    /** Creates the template (no If-Match; 201) or changes it (If-Match: its version). */
    @PUT
    @Path("{code}")
    public Response save(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            OfferTemplateDraft draft) {
        Long version = ifMatch == null || ifMatch.isBlank() ? null : EntityTags.expectedVersion(ifMatch);
        OfferTemplate saved = templates.save(code, version, draft);
        Response.ResponseBuilder answer = version == null
                ? Response.created(URI.create("offer-templates/" + saved.code())) : Response.ok();
        return answer.entity(saved).tag(EntityTags.of(saved.version())).build();
    }

    @DELETE
    @Path("{code}")
    public void delete(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        templates.delete(code, EntityTags.expectedVersion(ifMatch));
    }

    /** The offer {@code offerId} printed with the saved template, in {@code language} (pl or en). */
    @GET
    @Path("{code}/preview")
    @Produces(PdfResponses.PDF)
    public Response preview(@PathParam("code") String code, @QueryParam("offerId") Long offerId,
            @QueryParam("language") String language) {
        long offer = requireOffer(offerId);
        return PdfResponses.inline("preview-" + code + ".pdf", () -> templates.preview(code, offer, language));
    }

    /** A text not saved yet, printed against the offer: {@code {"text" or "basedOn", "offerId", "language"}}. */
    @POST
    @Path("preview")
    @Produces(PdfResponses.PDF)
    public Response previewDraft(TemplatePreviewBody body) {
        if (body == null) {
            throw new ValidationException("body", "send {\"text\", \"offerId\"}");
        }
        long offer = requireOffer(body.offerId());
        OfferTemplateDraft draft = new OfferTemplateDraft("preview", body.basedOn(), body.text());
        return PdfResponses.inline("preview.pdf", () -> templates.preview(draft, offer, body.language()));
    }

    private static long requireOffer(Long offerId) {
        if (offerId == null) {
            throw new ValidationException("offerId", "name the offer to preview the template with: offerId=12");
        }
        return offerId;
    }
}
