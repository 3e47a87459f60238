package dev.relacja.invoicing.impl.printing;

import dev.relacja.invoicing.api.InvoiceVatTotal;

/** One row of the printed VAT table: the rate as labelled ("23%", "zw") and its totals, formatted. */
public record VatTotalView(String vatRate, String net, String vat, String gross) {

    static VatTotalView of(InvoiceVatTotal total) {
        return new VatTotalView(label(total.vatRate()), PolishFormat.money(total.net()), PolishFormat.money(total.vat()),
                PolishFormat.money(total.gross()));
    }

    /** Numeric rates with a percent sign, the others (zw, np, oo) by their code. */
    static String label(String code) {
        return !code.isEmpty() && Character.isDigit(code.charAt(0)) ? code + "%" : code;
    }
}
