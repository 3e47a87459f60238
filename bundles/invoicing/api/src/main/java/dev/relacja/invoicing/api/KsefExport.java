package dev.relacja.invoicing.api;

import java.io.OutputStream;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Issued sales invoices as FA(3) XML, the structured e-invoice that Poland's KSeF accepts. Every document is
 * validated against the official schema before it is handed out: an invoice whose data cannot form a valid
 * FA(3) is refused with the schema's reason, never returned invalid. Anyone signed in exports.
 *
 * <p>Sending to KSeF is left to a gateway bundle, which needs no other extension point: it handles the
 * EventAdmin topic {@code dev/relacja/invoicing/ISSUED} ({@link InvoiceEvents#ISSUED}, filtered on
 * {@code kind=SALES}), calls {@link #fa3} with the event's {@code id} and sends the bytes, keeping the KSeF
 * reference number and status on its own side. Event handlers run without a signed-in operator, so the
 * gateway calls on behalf of an operator it is configured with (a JAAS Subject with that login's principal).
 */
@ProviderType
public interface KsefExport {
    /** The XML namespace of FA(3) documents. */
    String FA3_NAMESPACE = "http://crd.gov.pl/wzor/2025/06/25/13775/";

    /**
     * The UTF-8 FA(3) XML of an issued, sent or paid sales invoice.
     *
     * @throws dev.relacja.core.api.error.NotFoundException when no invoice has this id
     * @throws dev.relacja.core.api.error.ConflictException saying why when the invoice is a draft, cancelled
     *         or a pro forma, or its data cannot form a valid FA(3)
     */
    byte[] fa3(long invoiceId);

    /**
     * Writes the FA(3) XML of each invoice to {@code out} as a ZIP entry named {@link #fileName}, in the order
     * given, an id given twice once. An invoice that cannot be exported is left out and reported rather than
     * failing the batch, so one cancelled invoice of a run does not hold back the others. {@code out} is
     * finished as a ZIP but not closed.
     *
     * @throws java.io.UncheckedIOException when writing to {@code out} fails
     */
    KsefBatch fa3Zip(List<Long> invoiceIds, OutputStream out);

    /** The file name of an invoice's FA(3) XML: its number with {@code /} and other unsafe characters as {@code _}. */
    static String fileName(String number) {
        return number.replaceAll("[^A-Za-z0-9._-]", "_") + ".xml";
    }
}
