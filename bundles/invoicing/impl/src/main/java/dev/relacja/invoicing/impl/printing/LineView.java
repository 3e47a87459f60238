package dev.relacja.invoicing.impl.printing;

import dev.relacja.invoicing.api.InvoiceLine;

/**
 * An invoice line as printed: amounts formatted ("1 234,56"), {@code unitPrice} net or gross as the invoice's
 * price basis says, {@code discount} the percentage or "" without one, {@code vatRate} as labelled ("23%", "zw").
 */
public record LineView(int position, String name, String unit, String quantity, String unitPrice, String discount,
        String vatRate, String net, String vat, String gross) {

    static LineView of(InvoiceLine line) {
        return new LineView(line.position(), line.name(), line.unit(), PolishFormat.decimal(line.quantity()),
                PolishFormat.money(line.unitPrice()),
                line.discountPercent() == null || line.discountPercent().signum() == 0 ? ""
                        : PolishFormat.decimal(line.discountPercent()),
                VatTotalView.label(line.vatRate()), PolishFormat.money(line.net()), PolishFormat.money(line.vat()),
                PolishFormat.money(line.gross()));
    }
}
