package dev.relacja.invoicing.impl.printing;

import dev.relacja.invoicing.api.InvoicePrintouts;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which template each printout uses: invoices by their series ({@code bySeries}, else {@code invoice}), payment
 * reminders and balance confirmations one each. Whether a provider offers the name is known only at print time.
 */
public record PrintTemplates(String invoice, Map<String, String> bySeries, String paymentReminder,
        String balanceConfirmation) {
    private static final Logger LOG = LoggerFactory.getLogger(PrintTemplates.class);

    /** The built-in templates for everything. */
    public static final PrintTemplates BUILT_IN = new PrintTemplates(InvoicePrintouts.INVOICE_TEMPLATE, Map.of(),
            InvoicePrintouts.PAYMENT_REMINDER_TEMPLATE, InvoicePrintouts.BALANCE_CONFIRMATION_TEMPLATE);

    public PrintTemplates {
        bySeries = Map.copyOf(bySeries);
    }

    /**
     * From the configuration's values; {@code seriesTemplates} entries read {@code SERIES=template-name}, also
     * several in one value separated by commas (a plain {@code .cfg} line holds one string). A malformed entry is
     * logged and skipped, so the series prints with the default template rather than not at all.
     */
    static PrintTemplates configured(String invoice, String[] seriesTemplates, String paymentReminder,
            String balanceConfirmation) {
        Map<String, String> bySeries = new HashMap<>();
        for (String entry : Arrays.stream(seriesTemplates).flatMap(value -> Arrays.stream(value.split(",")))
                .filter(value -> !value.isBlank()).toList()) {
            int equals = entry.indexOf('=');
            String series = equals < 0 ? "" : entry.substring(0, equals).strip();
            String template = equals < 0 ? "" : entry.substring(equals + 1).strip();
            if (series.isEmpty() || template.isEmpty()) {
                LOG.warn("Ignoring seriesTemplates entry '{}' of configuration {}: write SERIES=template-name, "
                        + "e.g. FSB=partner/invoice-b2b.fo.ftl", entry, InvoicePrintoutsImpl.PID);
                continue;
            }
            bySeries.put(series, template);
        }
        return new PrintTemplates(invoice.strip(), bySeries, paymentReminder.strip(), balanceConfirmation.strip());
    }

    /** The template of the invoices of {@code series}. */
    public String invoiceOf(String series) {
        return bySeries.getOrDefault(series, invoice);
    }
}
