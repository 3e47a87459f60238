package dev.relacja.invoicing.api;

import java.time.LocalDate;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The invoicing module's printouts as PDF: an invoice, and for collections a payment reminder (ponaglenie
 * zapłaty) and a balance confirmation (potwierdzenie salda). Anyone signed in prints. Each is rendered from a
 * template of the documents module: the built-in names below, which a partner overrides by registering a
 * template provider of the same name with a higher ranking; invoices of a series may use another template by
 * configuration. A template that no provider offers, or that fails, is the documents module's
 * {@code RenderingException}.
 */
@ProviderType
public interface InvoicePrintouts {

    /** The built-in template of sales and pro forma invoices. */
    String INVOICE_TEMPLATE = "invoicing/invoice.fo.ftl";

    /** The built-in template of payment reminders. */
    String PAYMENT_REMINDER_TEMPLATE = "invoicing/payment-reminder.fo.ftl";

    /** The built-in template of balance confirmations. */
    String BALANCE_CONFIRMATION_TEMPLATE = "invoicing/balance-confirmation.fo.ftl";

    /** The invoice, a draft (marked as such, without a number) or issued, with the template of its series. */
    byte[] invoicePdf(long invoiceId);

    /**
     * A reminder of the counterparty's invoices overdue on {@code asOf} (today in the company's time zone when
     * null), as {@link InvoiceService#overdue} lists them; a conflict when none is overdue.
     */
    byte[] paymentReminderPdf(long counterpartyId, LocalDate asOf);

    /**
     * The counterparty's balance on {@code asOf} (today in the company's time zone when null) for it to confirm:
     * the sales invoices issued by that day and not paid by it, with what was still due on it. With none, it
     * confirms a zero balance.
     */
    byte[] balanceConfirmationPdf(long counterpartyId, LocalDate asOf);
}
