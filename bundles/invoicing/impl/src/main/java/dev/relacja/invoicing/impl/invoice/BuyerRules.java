package dev.relacja.invoicing.impl.invoice;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyKind;
import dev.relacja.invoicing.api.InvoiceKind;
import java.util.Optional;

/** Who may be invoiced: the NIP rules every issued invoice obeys, however it was made. */
public final class BuyerRules {

    private BuyerRules() {
    }

    /**
     * Why {@code buyer} cannot receive an invoice of {@code kind} in {@code series}, if it cannot: a series may
     * require the NIP of every buyer, and a sales invoice to a company always needs it.
     */
    public static Optional<String> nipProblem(InvoiceKind kind, String series, Counterparty buyer,
            InvoiceSeries seriesRules) {
        if (buyer.nip() != null && !buyer.nip().isBlank()) {
            return Optional.empty();
        }
        if (seriesRules.buyerNipRequired(series)) {
            return Optional.of("invoices of series " + series + " need the buyer's NIP; " + buyer.name() + " has none");
        }
        if (kind == InvoiceKind.SALES && buyer.kind() == CounterpartyKind.COMPANY) {
            return Optional.of("a sales invoice to a company needs the buyer's NIP; " + buyer.name() + " has none");
        }
        return Optional.empty();
    }
}
