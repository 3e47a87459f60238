package dev.relacja.invoicing.impl.rest;

import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.invoicing.api.InvoicePrintouts;
import java.time.LocalDate;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /collections}: a counterparty's collection letters as PDF, the payment reminder of its overdue invoices
 * (409 when none is overdue) and the balance confirmation of what it owed on a day. {@code asOf} is an ISO date
 * (2026-11-27), today in the company's time zone when left out.
 */
@Component(service = CollectionsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("collections")
@Produces(PdfResponses.PDF)
public class CollectionsResource {
    private final InvoicePrintouts printouts;

    @Activate
    public CollectionsResource(@Reference InvoicePrintouts printouts) {
        this.printouts = printouts;
    }

    @GET
    @Path("{counterpartyId}/payment-reminder")
    public Response paymentReminder(@PathParam("counterpartyId") long counterpartyId, @QueryParam("asOf") String asOf) {
        LocalDate day = InvoiceResource.date("asOf", asOf);
        return PdfResponses.inline("payment-reminder-" + counterpartyId + ".pdf",
                () -> printouts.paymentReminderPdf(counterpartyId, day));
    }

    @GET
    @Path("{counterpartyId}/balance-confirmation")
    public Response balanceConfirmation(@PathParam("counterpartyId") long counterpartyId,
            @QueryParam("asOf") String asOf) {
        LocalDate day = InvoiceResource.date("asOf", asOf);
        return PdfResponses.inline("balance-confirmation-" + counterpartyId + ".pdf",
                () -> printouts.balanceConfirmationPdf(counterpartyId, day));
    }
}
