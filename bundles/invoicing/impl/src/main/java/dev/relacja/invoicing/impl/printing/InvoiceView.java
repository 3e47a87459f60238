package dev.relacja.invoicing.impl.printing;

import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.InvoiceStatus;
import dev.relacja.invoicing.api.PaymentMethod;
import java.time.LocalDate;

/**
 * The invoice as its template sees it. Texts are never null ("" when absent: {@code number} of a draft,
 * {@code notes}, {@code bankAccount}); dates are null when absent ({@code saleDate} when a service period is
 * given, {@code periodFrom}/{@code periodTo} otherwise). {@code kind}, {@code status} and {@code priceBasis}
 * are the API's names (SALES, DRAFT, NET); {@code paymentMethod} is in Polish; amounts are formatted without
 * the currency ("1 234,56"); {@code bankAccount} is grouped in fours.
 */
public record InvoiceView(long id, String number, String series, String kind, String status, boolean proForma,
        boolean draft, boolean cancelled, LocalDate issueDate, LocalDate saleDate, LocalDate periodFrom,
        LocalDate periodTo, LocalDate dueDate, String paymentMethod, String bankAccount, boolean splitPayment,
        boolean reverseCharge, String notes, String currency, String priceBasis, String net, String vat, String gross,
        String paid, String due) {

    static InvoiceView of(Invoice invoice) {
        return new InvoiceView(invoice.id(), invoice.number() == null ? "" : invoice.number(), invoice.series(),
                invoice.kind().name(), invoice.status().name(), invoice.kind() == InvoiceKind.PRO_FORMA,
                invoice.status() == InvoiceStatus.DRAFT, invoice.status() == InvoiceStatus.CANCELLED,
                invoice.issueDate(), invoice.saleDate(), invoice.periodFrom(), invoice.periodTo(), invoice.dueDate(),
                paymentMethod(invoice.paymentMethod()), PolishFormat.bankAccount(invoice.bankAccount()),
                invoice.splitPayment(),
                // "odwrotne obciążenie" must then appear on the invoice (art. 106e ust. 1 pkt 18 of the VAT act)
                invoice.vatTotals().stream().anyMatch(total -> "oo".equals(total.vatRate())),
                invoice.notes() == null ? "" : invoice.notes(), invoice.currency(), invoice.priceBasis(),
                PolishFormat.money(invoice.net()), PolishFormat.money(invoice.vat()), PolishFormat.money(invoice.gross()),
                PolishFormat.money(invoice.paid()), PolishFormat.money(invoice.due()));
    }

    static String paymentMethod(PaymentMethod method) {
        return switch (method) {
            case TRANSFER -> "przelew";
            case CASH -> "gotówka";
            case CARD -> "karta płatnicza";
        };
    }
}
