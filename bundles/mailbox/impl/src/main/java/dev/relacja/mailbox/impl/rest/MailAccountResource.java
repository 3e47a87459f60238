package dev.relacja.mailbox.impl.rest;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.mailbox.api.FetchReport;
import dev.relacja.mailbox.api.MailAccount;
import dev.relacja.mailbox.api.MailServerException;
import dev.relacja.mailbox.api.MailboxService;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.ServerErrorException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /mail/accounts}: the mail accounts the caller may use (admins: all), never with passwords; accounts are
 * configured as {@code etc/dev.relacja.mailbox.account-<name>.cfg}. POST {@code /{name}/fetch} receives now.
 */
@Component(service = MailAccountResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("mail/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class MailAccountResource {
    private final MailboxService mailbox;

    @Activate
    public MailAccountResource(@Reference MailboxService mailbox) {
        this.mailbox = mailbox;
    }

    @GET
    public List<MailAccount> list() {
        return mailbox.accounts();
    }

    @GET
    @Path("{name}")
    public MailAccount get(@PathParam("name") String name) {
        return mailbox.accounts().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("Mail account", name));
    }

    /** Receives the account's folders now; a server that cannot be reached answers 502 with the reason. */
    @POST
    @Path("{name}/fetch")
    public FetchReport fetch(@PathParam("name") String name) {
        try {
            return mailbox.fetchNow(name);
        } catch (MailServerException e) {
            throw new ServerErrorException(e.getMessage(), Response.Status.BAD_GATEWAY);
        }
    }
}
