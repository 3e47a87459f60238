package dev.relacja.mailbox.impl.rest;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.rest.EntityTags;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.mailbox.api.ComposeRequest;
import dev.relacja.mailbox.api.ComposedMail;
import dev.relacja.mailbox.api.MailTemplate;
import dev.relacja.mailbox.api.MailTemplateDraft;
import dev.relacja.mailbox.api.MailTemplateService;
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
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /mail/templates}: message templates. Everyone signed in lists, reads and previews; admins create
 * ({@code PUT /{code}} without If-Match), change ({@code PUT} with If-Match: the version read) and delete their own.
 * {@code POST /{code}/preview} renders one against a real record: {@code {"language": "pl", "recordId": 7,
 * "account": "biuro", "to": "jan@acme.pl"}}.
 */
@Component(service = MailTemplateResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("mail/templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailTemplateResource {
    private final MailTemplateService templates;

    /** What a preview is about. */
    public record PreviewRequest(String language, Long recordId, String account, String to) {
    }

    @Activate
    public MailTemplateResource(@Reference MailTemplateService templates) {
        this.templates = templates;
    }

    @GET
    public List<MailTemplate> list() {
        return templates.list();
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code) {
        MailTemplate template = templates.find(code).orElseThrow(() -> new NotFoundException("Mail template", code));
        return Response.ok(template).tag(Long.toString(template.version())).build();
    }

    /** Creates the template, or with If-Match changes it. */
    @PUT
    @Path("{code}")
    public Response save(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            MailTemplateDraft draft) {
        if (draft == null) {
            throw new ValidationException("body", "send the template as JSON: {\"name\": .., \"recordType\": .., "
                    + "\"texts\": {\"pl\": {\"subject\": .., \"text\": ..}}}");
        }
        boolean create = ifMatch == null || ifMatch.isBlank();
        MailTemplate saved = templates.save(code, draft, create ? null : EntityTags.expectedVersion(ifMatch));
        Response.ResponseBuilder response = create ? Response.created(URI.create("mail/templates/" + code))
                : Response.ok();
        return response.entity(saved).tag(Long.toString(saved.version())).build();
    }

    @DELETE
    @Path("{code}")
    public Response delete(@PathParam("code") String code) {
        templates.delete(code);
        return Response.noContent().build();
    }

    @POST
    @Path("{code}/preview")
    public ComposedMail preview(@PathParam("code") String code, PreviewRequest request) {
        PreviewRequest about = request == null ? new PreviewRequest(null, null, null, null) : request;
        return templates.compose(new ComposeRequest(code, about.language(), about.recordId(), about.account(),
                about.to()));
    }
}
