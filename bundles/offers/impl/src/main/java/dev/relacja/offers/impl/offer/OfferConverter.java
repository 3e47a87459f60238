package dev.relacja.offers.impl.offer;

import dev.relacja.core.api.records.LinkService;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.invoicing.api.CatalogueService;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceService;
import dev.relacja.offers.api.ConversionKind;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferRevision;
import dev.relacja.offers.api.OfferService;
import java.math.BigDecimal;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Converts an accepted offer into a draft invoice in one transaction: the offer locked, the invoice made by the
 * invoicing module from the accepted revision ({@link OfferInvoiceDraft}), its totals checked against the offer's,
 * the two linked, the offer marked converted. In Karaf the invoicing module and the core's links join that JTA
 * transaction, so a refused invoice leaves neither an invoice nor a link behind.
 */
@Component(service = OfferConverter.class)
public class OfferConverter {
    /** The invoicing module's record type of invoices, for the link. */
    static final String INVOICE_RECORD = "invoice";

    private final OfferStore store;
    private final InvoiceService invoices;
    private final CatalogueService catalogue;
    private final LinkService links;

    @Activate
    public OfferConverter(@Reference OfferStore store, @Reference InvoiceService invoices,
            @Reference CatalogueService catalogue, @Reference LinkService links) {
        this.store = store;
        this.invoices = invoices;
        this.catalogue = catalogue;
        this.links = links;
    }

    /** Converts the offer as {@code username} into a draft of {@code kind}; answers the converted offer. */
    Offer convert(long id, long expectedVersion, ConversionKind kind, String username) {
        return store.convert(id, expectedVersion, kind, username, accepted -> invoice(accepted, kind));
    }

    private long invoice(OfferRevision accepted, ConversionKind kind) {
        Offer offer = accepted.content();
        Invoice invoice = invoices.create(OfferInvoiceDraft.of(offer, kind,
                itemId -> catalogue.find(itemId).isPresent()));
        requireSameTotals(offer, accepted.label(), invoice);
        links.link(new RecordRef(OfferService.RECORD_TYPE, offer.id()), new RecordRef(INVOICE_RECORD, invoice.id()),
                "converted from " + accepted.label());
        return invoice.id();
    }

    /** The invoice's VAT table must be the offer's; were it not, the conversion rolls back rather than misbill. */
    private static void requireSameTotals(Offer offer, String label, Invoice invoice) {
        List<String> offered = offer.vatTotals().stream()
                .map(t -> amounts(t.vatRate(), t.net(), t.vat(), t.gross())).toList();
        List<String> invoiced = invoice.vatTotals().stream()
                .map(t -> amounts(t.vatRate(), t.net(), t.vat(), t.gross())).toList();
        if (!offered.equals(invoiced)) {
            throw new IllegalStateException("offer " + label + " totals " + offered + " became invoice totals "
                    + invoiced + "; nothing was converted");
        }
    }

    private static String amounts(String rate, BigDecimal net, BigDecimal vat, BigDecimal gross) {
        return rate + ": " + net.setScale(2) + " + " + vat.setScale(2) + " = " + gross.setScale(2);
    }
}
