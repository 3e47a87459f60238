package dev.relacja.invoicing.impl.printing;

import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.InvoicePayment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data models the printout templates see, built from values already at hand (no lookups). The keys are
 * the placeholders of the built-in templates, of partners' templates and of e-mails about these documents;
 * the README lists them.
 */
final class PrintModels {

    private PrintModels() {
    }

    /** An invoice: title, invoice, seller, buyer, counterparty (the buyer), lines, vatTotals, amountDue, amountInWords. */
    static Map<String, Object> invoice(Invoice invoice, PartyView seller, PartyView buyer, AmountInWords words) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", invoice.kind() == InvoiceKind.PRO_FORMA ? "Faktura pro forma" : "Faktura VAT");
        model.put("invoice", InvoiceView.of(invoice));
        model.put("seller", seller);
        model.put("buyer", buyer);
        model.put("counterparty", buyer);
        model.put("lines", invoice.lines().stream().map(LineView::of).toList());
        model.put("vatTotals", invoice.vatTotals().stream().map(VatTotalView::of).toList());
        model.put("amountDue", PolishFormat.money(invoice.due(), invoice.currency()));
        model.put("amountInWords", words.format(invoice.due()));
        return model;
    }

    /**
     * A payment reminder or a balance confirmation: title, seller (the company), counterparty, place (the
     * company's city), asOf, printedOn, invoices, amountDue (their total), amountInWords, bankAccount.
     */
    static Map<String, Object> collections(String title, PartyView seller, PartyView counterparty, String place,
            LocalDate asOf, LocalDate printedOn, List<ListedInvoiceView> invoices, BigDecimal total, String bankAccount,
            AmountInWords words) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("seller", seller);
        model.put("counterparty", counterparty);
        model.put("place", place == null ? "" : place);
        model.put("asOf", asOf);
        model.put("printedOn", printedOn);
        model.put("invoices", invoices);
        model.put("amountDue", PolishFormat.money(total, "PLN"));
        model.put("amountInWords", words.format(total));
        model.put("bankAccount", PolishFormat.bankAccount(bankAccount));
        return model;
    }

    /** What the invoice still owed at the end of {@code day}: its gross less the payments made by then. */
    static BigDecimal dueOn(Invoice invoice, LocalDate day) {
        BigDecimal paid = invoice.payments().stream().filter(payment -> !payment.paidOn().isAfter(day))
                .map(InvoicePayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return invoice.gross().subtract(paid);
    }
}
