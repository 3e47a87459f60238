package dev.relacja.invoicing.impl.rest;

import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.invoicing.api.InvoiceRun;
import dev.relacja.invoicing.api.InvoiceRunRequest;
import dev.relacja.invoicing.api.InvoiceRunService;
import dev.relacja.invoicing.api.KsefBatch;
import dev.relacja.invoicing.api.KsefExport;
import dev.relacja.invoicing.api.RunEntry;
import dev.relacja.invoicing.api.RunOutcome;
import dev.relacja.invoicing.impl.run.RunInvoiceSet;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.List;
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
    private final KsefExport ksef;
    private final RunInvoiceSet runInvoices;

    @Activate
    public InvoiceRunResource(@Reference InvoiceRunService runs, @Reference KsefExport ksef,
            @Reference RunInvoiceSet runInvoices) {
        this.runs = runs;
        this.ksef = ksef;
        this.runInvoices = runInvoices;
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

    /**
     * The FA(3) XML of every invoice the run issued, as a ZIP (one {@code FS_7_11_2026.xml} per invoice). It is
     * written to a temporary file first, so the answer can say how many were left out (header
     * {@code X-Relacja-Skipped}, with the first reason in {@code X-Relacja-Skipped-Reason}); none exported is 409.
     */
    @GET
    @Path("{id}/ksef")
    @Produces("application/zip")
    public Response ksef(@PathParam("id") long id) throws IOException {
        InvoiceRun run = get(id);
        List<Long> invoiceIds = runInvoices.createdInvoices(id);
        java.nio.file.Path zip = Files.createTempFile("relacja-run-" + id + "-", ".zip");
        KsefBatch batch;
        try (OutputStream out = Files.newOutputStream(zip)) {
            batch = ksef.fa3Zip(invoiceIds, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(zip);
            throw e;
        }
        if (batch.exported().isEmpty()) {
            Files.deleteIfExists(zip);
            throw new ConflictException("id", "run " + id + " has no invoice to export as FA(3)" + (batch.skipped().isEmpty()
                    ? " (it created " + run.created() + ")" : ": " + batch.skipped().get(0).reason()));
        }
        // the stream deletes the file once the answer is written; deleteOnExit covers an answer never written
        zip.toFile().deleteOnExit();
        Response.ResponseBuilder answer = Response.ok(Files.newInputStream(zip, StandardOpenOption.DELETE_ON_CLOSE))
                .header("Content-Disposition", "attachment; filename=\"run-" + id + "-fa3.zip\"")
                .header("X-Relacja-Exported", batch.exported().size())
                .header("X-Relacja-Skipped", batch.skipped().size());
        if (!batch.skipped().isEmpty()) {
            KsefBatch.Skipped first = batch.skipped().get(0);
            answer.header("X-Relacja-Skipped-Reason", ascii((first.number() == null ? "#" + first.invoiceId()
                    : first.number()) + ": " + first.reason()));
        }
        return answer.build();
    }

    /** Header values are Latin-1 at best: Polish letters lose their marks, line breaks become spaces. */
    private static String ascii(String text) {
        return Normalizer.normalize(text.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7e]", " ");
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
