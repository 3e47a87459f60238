package dev.relacja.invoicing.impl.rest;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.rest.EntityTags;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceDraft;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.InvoicePrintouts;
import dev.relacja.invoicing.api.InvoiceQuery;
import dev.relacja.invoicing.api.InvoiceService;
import dev.relacja.invoicing.api.InvoiceStatus;
import dev.relacja.invoicing.api.KsefExport;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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
 * {@code /invoices}: sales and pro forma invoices; search, create and change drafts (If-Match), issue, mark
 * sent, cancel, convert a pro forma, register payments, and the overdue list. Dates are ISO (2026-11-27).
 */
@Component(service = InvoiceResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceResource {
    private final InvoiceService invoices;
    private final InvoicePrintouts printouts;
    private final KsefExport ksef;

    @Activate
    public InvoiceResource(@Reference InvoiceService invoices, @Reference InvoicePrintouts printouts,
            @Reference KsefExport ksef) {
        this.invoices = invoices;
        this.printouts = printouts;
        this.ksef = ksef;
    }

    /** Newest first; {@code q} in the number and the buyer's name, {@code from}/{@code to} bound the issue date. */
    @GET
    public Page<Invoice> search(@QueryParam("counterparty") Long counterparty, @QueryParam("status") String status,
            @QueryParam("kind") String kind, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("q") String text, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return invoices.search(new InvoiceQuery(counterparty, status(status), kind(kind), date("from", from),
                date("to", to), text), new PageRequest(page, size));
    }

    @POST
    public Response create(InvoiceDraft draft) {
        Invoice created = invoices.create(requireBody(draft));
        return Response.created(URI.create("invoices/" + created.id())).entity(created).tag(tag(created)).build();
    }

    /** Issued or sent invoices of a counterparty (all when left out), not fully paid, due before today. */
    @GET
    @Path("overdue")
    public List<Invoice> overdue(@QueryParam("counterparty") Long counterparty, @QueryParam("asOf") String asOf) {
        return invoices.overdue(counterparty, date("asOf", asOf));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        Invoice invoice = invoices.find(id).orElseThrow(() -> new NotFoundException("Invoice", id));
        return Response.ok(invoice).tag(tag(invoice)).build();
    }

    /** The invoice as a PDF named after its number (FS_3_11_2026.pdf), printed with its series' template. */
    @GET
    @Path("{id}/pdf")
    @Produces(PdfResponses.PDF)
    public Response pdf(@PathParam("id") long id) {
        Invoice invoice = invoices.find(id).orElseThrow(() -> new NotFoundException("Invoice", id));
        return PdfResponses.inline(PdfResponses.fileName(invoice.number() == null ? "invoice-" + id : invoice.number()),
                () -> printouts.invoicePdf(id));
    }

    /** The FA(3) XML for KSeF of an issued sales invoice, validated against the official schema; 409 says why not. */
    @GET
    @Path("{id}/ksef")
    @Produces(MediaType.APPLICATION_XML)
    public Response ksef(@PathParam("id") long id) {
        byte[] xml = ksef.fa3(id); // first, as it refuses drafts, which have no number to name the file
        Invoice invoice = invoices.find(id).orElseThrow(() -> new NotFoundException("Invoice", id));
        return Response.ok(xml)
                .header("Content-Disposition", "attachment; filename=\"" + KsefExport.fileName(invoice.number()) + "\"")
                .build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, InvoiceDraft draft) {
        long version = EntityTags.expectedVersion(ifMatch);
        return answer(invoices.update(id, version, requireBody(draft)));
    }

    @POST
    @Path("{id}/issue")
    public Response issue(@PathParam("id") long id) {
        return answer(invoices.issue(id));
    }

    @POST
    @Path("{id}/sent")
    public Response sent(@PathParam("id") long id) {
        return answer(invoices.markSent(id));
    }

    @POST
    @Path("{id}/cancel")
    public Response cancel(@PathParam("id") long id) {
        return answer(invoices.cancel(id));
    }

    /** Answers the new sales draft, at its own address. */
    @POST
    @Path("{id}/convert")
    public Response convert(@PathParam("id") long id) {
        Invoice sales = invoices.convertProForma(id);
        return Response.created(URI.create("invoices/" + sales.id())).entity(sales).tag(tag(sales)).build();
    }

    @POST
    @Path("{id}/payments")
    public Response pay(@PathParam("id") long id, PaymentBody payment) {
        if (payment == null) {
            throw new ValidationException("body", "send the payment as JSON: amount, paidOn, method");
        }
        return answer(invoices.registerPayment(id, payment.amount(), payment.paidOn(), payment.method()));
    }

    private static Response answer(Invoice invoice) {
        return Response.ok(invoice).tag(tag(invoice)).build();
    }

    private static String tag(Invoice invoice) {
        return Long.toString(invoice.version());
    }

    private static InvoiceDraft requireBody(InvoiceDraft draft) {
        if (draft == null) {
            throw new ValidationException("body", "send the invoice as JSON");
        }
        return draft;
    }

    static InvoiceStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return InvoiceStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", "status is draft, issued, sent, paid or cancelled, not '" + value + "'");
        }
    }

    static InvoiceKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return InvoiceKind.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("kind", "kind is sales or pro_forma, not '" + value + "'");
        }
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, field + " is a date such as 2026-11-27, not '" + value + "'");
        }
    }
}
