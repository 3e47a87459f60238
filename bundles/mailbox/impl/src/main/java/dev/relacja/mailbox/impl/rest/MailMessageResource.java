package dev.relacja.mailbox.impl.rest;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.mailbox.api.MailFolder;
import dev.relacja.mailbox.api.MailMessage;
import dev.relacja.mailbox.api.MailSummary;
import dev.relacja.mailbox.api.ComposeRequest;
import dev.relacja.mailbox.api.ComposedMail;
import dev.relacja.mailbox.api.MailAddress;
import dev.relacja.mailbox.api.MailAuditEntry;
import dev.relacja.mailbox.api.MailTemplate;
import dev.relacja.mailbox.api.MailTemplateService;
import dev.relacja.mailbox.api.MailboxService;
import dev.relacja.mailbox.api.MessageQuery;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
 * {@code /mail/messages}: list and search ({@code folder=INBOX|SENT|OUTBOX|QUARANTINE}, {@code account},
 * {@code counterparty}, {@code thread}, {@code record=invoice:7}, {@code q} in subject and addresses), read one
 * (received HTML is already sanitised), send (POST: into the outbox, 201), reply, and send a failed one again.
 * Attachments are core files: {@code /files/{fileId}}.
 */
@Component(service = MailMessageResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("mail/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailMessageResource {
    private static final String COUNTERPARTY = "counterparty";
    private final MailboxService mailbox;
    private final MailTemplateService templates;

    @Activate
    public MailMessageResource(@Reference MailboxService mailbox, @Reference MailTemplateService templates) {
        this.mailbox = mailbox;
        this.templates = templates;
    }

    @GET
    public Page<MailSummary> search(@QueryParam("account") String account, @QueryParam("folder") String folder,
            @QueryParam("counterparty") Long counterpartyId, @QueryParam("thread") Long threadId,
            @QueryParam("record") String record, @QueryParam("q") String text,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return mailbox.search(new MessageQuery(blankToNull(account), folder(folder), counterpartyId, threadId, text,
                record(record)), new PageRequest(page, size));
    }

    @GET
    @Path("{id}")
    public MailMessage get(@PathParam("id") long id) {
        return mailbox.find(id).orElseThrow(() -> new NotFoundException("Message", id));
    }

    /**
     * Puts a message into the outbox; it is sent within seconds (its status says how it went). With a
     * {@code template}, what is not given is composed from it about {@code recordId}.
     */
    @POST
    public Response send(SendRequest request) {
        SendRequest mail = required(request);
        ComposedMail composed = mail.templated() ? templates.compose(new ComposeRequest(mail.template(), mail.language(),
                mail.recordId(), mail.account(), mail.firstRecipient())) : null;
        MailMessage queued = mailbox.send(mail.mail(composed));
        return Response.created(URI.create("mail/messages/" + queued.id())).entity(queued).build();
    }

    /**
     * Answers a message: to its sender unless recipients are given, "Re: " its subject unless one is given. With a
     * {@code template}, the text is composed about {@code recordId}, else about the message's record of the
     * template's type (or its counterparty).
     */
    @POST
    @Path("{id}/reply")
    public Response reply(@PathParam("id") long id, SendRequest request) {
        SendRequest mail = required(request);
        ComposedMail composed = null;
        if (mail.templated()) {
            MailMessage original = get(id);
            MailAddress answerTo = original.replyTo() != null ? original.replyTo() : original.from();
            composed = templates.compose(new ComposeRequest(mail.template(), mail.language(),
                    mail.recordId() != null ? mail.recordId() : recordOf(original, mail.template()),
                    mail.account() != null ? mail.account() : original.account(),
                    mail.firstRecipient() != null ? mail.firstRecipient()
                            : answerTo == null ? null : answerTo.address()));
            if (mail.subject() == null || mail.subject().isBlank()) {
                composed = new ComposedMail(null, composed.text(), composed.html()); // the reply keeps "Re: " its subject
            }
        }
        MailMessage queued = mailbox.reply(id, mail.mail(composed));
        return Response.created(URI.create("mail/messages/" + queued.id())).entity(queued).build();
    }

    /** Forwards a message (its text quoted below the given one, its attachments and records carried over). */
    @POST
    @Path("{id}/forward")
    public Response forward(@PathParam("id") long id, SendRequest request) {
        MailMessage queued = mailbox.forward(id, required(request).mail(null));
        return Response.created(URI.create("mail/messages/" + queued.id())).entity(queued).build();
    }

    /** Files the message under another record too, with an audit entry: {@code {"type": "invoice", "id": 7}}. */
    @POST
    @Path("{id}/links")
    public MailMessage link(@PathParam("id") long id, RecordRef record) {
        if (record == null) {
            throw new ValidationException("record", "send the record: {\"type\": \"invoice\", \"id\": 7}");
        }
        return mailbox.link(id, record);
    }

    @DELETE
    @Path("{id}/links/{type}/{recordId}")
    public MailMessage unlink(@PathParam("id") long id, @PathParam("type") String type,
            @PathParam("recordId") long recordId) {
        return mailbox.unlink(id, new RecordRef(type, recordId));
    }

    /** What operators did to the message (links made and removed), oldest first. */
    @GET
    @Path("{id}/audit")
    public List<MailAuditEntry> audit(@PathParam("id") long id) {
        return mailbox.audit(id);
    }

    /** Sends a failed message again from the start. */
    @POST
    @Path("{id}/retry")
    public MailMessage retry(@PathParam("id") long id) {
        return mailbox.retry(id);
    }

    /**
     * The message's record of the template's type, or for a template about counterparties the message's; null
     * otherwise (then composing asks for recordId).
     */
    private Long recordOf(MailMessage message, String template) {
        String type = templates.find(template).map(MailTemplate::recordType).orElse(null);
        if (type == null) {
            return null;
        }
        return message.records().stream().filter(r -> r.type().equals(type)).map(RecordRef::id).findFirst()
                .orElse(COUNTERPARTY.equals(type) ? message.counterpartyId() : null);
    }

    private static SendRequest required(SendRequest mail) {
        if (mail == null) {
            throw new ValidationException("text", "the body must be a message: {\"to\": [..], \"subject\": .., \"text\": ..}");
        }
        return mail;
    }

    private static MailFolder folder(String folder) {
        if (folder == null || folder.isBlank()) {
            return null;
        }
        try {
            return MailFolder.valueOf(folder.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("folder", "folder is INBOX, SENT, OUTBOX or QUARANTINE");
        }
    }

    private static RecordRef record(String record) {
        if (record == null || record.isBlank()) {
            return null;
        }
        int colon = record.indexOf(':');
        try {
            return new RecordRef(record.substring(0, colon).strip(), Long.parseLong(record.substring(colon + 1).strip()));
        } catch (RuntimeException e) {
            throw new ValidationException("record", "record is a type and an id, such as invoice:7");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
