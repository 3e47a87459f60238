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
import dev.relacja.mailbox.api.MailboxService;
import dev.relacja.mailbox.api.MessageQuery;
import dev.relacja.mailbox.api.OutgoingMail;
import java.net.URI;
import java.util.Locale;
import javax.ws.rs.Consumes;
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
    private final MailboxService mailbox;

    @Activate
    public MailMessageResource(@Reference MailboxService mailbox) {
        this.mailbox = mailbox;
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

    /** Puts a message into the outbox; it is sent within seconds (its status says how it went). */
    @POST
    public Response send(OutgoingMail mail) {
        MailMessage queued = mailbox.send(required(mail));
        return Response.created(URI.create("mail/messages/" + queued.id())).entity(queued).build();
    }

    /** Answers a message: to its sender unless recipients are given, "Re: " its subject unless one is given. */
    @POST
    @Path("{id}/reply")
    public Response reply(@PathParam("id") long id, OutgoingMail mail) {
        MailMessage queued = mailbox.reply(id, required(mail));
        return Response.created(URI.create("mail/messages/" + queued.id())).entity(queued).build();
    }

    /** Sends a failed message again from the start. */
    @POST
    @Path("{id}/retry")
    public MailMessage retry(@PathParam("id") long id) {
        return mailbox.retry(id);
    }

    private static OutgoingMail required(OutgoingMail mail) {
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
