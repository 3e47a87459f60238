package dev.relacja.invoicing.impl.rest;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.invoicing.api.InvoiceRun;
import dev.relacja.invoicing.api.InvoiceRunRequest;
import dev.relacja.invoicing.api.InvoiceRunService;
import dev.relacja.invoicing.api.RunEntry;
import dev.relacja.invoicing.api.RunOutcome;
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
 * {@code /invoice-runs}: runs of cyclic schemes. POST {@code {schemeId, upTo, dryRun, mode, printPdfs}}: a dry
 * run answers the preview at once and records nothing; a real run is recorded and answered 202 with its
 * address while it goes on in the background ({@code ?wait=true} answers 201 once it has ended).
 */
@Component(service = InvoiceRunResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("invoice-runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceRunResource {
    private final InvoiceRunService runs;

    @Activate
    public InvoiceRunResource(@Reference InvoiceRunService runs) {
        this.runs = runs;
    }

    @GET
    public Page<InvoiceRun> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return runs.list(new PageRequest(page, size));
    }

    @POST
    public Response run(@QueryParam("wait") @DefaultValue("false") boolean wait, InvoiceRunRequest request) {
        if (request == null) {
            throw new ValidationException("body", "send the run as JSON: schemeId (none for all schemes), upTo, "
                    + "dryRun, mode (ISSUE or DRAFT), printPdfs");
        }
        if (request.dryRun()) {
            return Response.ok(runs.preview(request)).build();
        }
        InvoiceRun run = wait ? runs.run(request) : runs.start(request);
        URI location = URI.create("invoice-runs/" + run.id());
        return (wait ? Response.created(location) : Response.accepted().location(location)).entity(run).build();
    }

    @GET
    @Path("{id}")
    public InvoiceRun get(@PathParam("id") long id) {
        return runs.find(id).orElseThrow(() -> new NotFoundException("Invoice run", id));
    }

    /** The run's report: every participant and period, or those of one outcome (created, skipped, failed). */
    @GET
    @Path("{id}/entries")
    public Page<RunEntry> entries(@PathParam("id") long id, @QueryParam("outcome") String outcome,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("100") int size) {
        return runs.entries(id, outcome(outcome), new PageRequest(page, size));
    }

    private static RunOutcome outcome(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RunOutcome.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("outcome", "outcome is created, skipped or failed, not '" + value + "'");
        }
    }
}
