package dev.relacja.invoicing.impl.ksef;

import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.identifiers.Nip;
import dev.relacja.core.api.money.Money;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.InvoiceStatus;

/**
 * What an invoice must be before it is written as FA(3): an issued (sent, paid) sales invoice in PLN, with the
 * seller data FA(3) requires. Each refusal says why in words; everything else the schema check catches.
 */
final class Fa3Preconditions {
    private Fa3Preconditions() {
    }

    static void require(Invoice invoice, Fa3Settings settings) {
        String name = invoice.number() == null ? "#" + invoice.id() : invoice.number();
        if (invoice.kind() != InvoiceKind.SALES) {
            throw new ConflictException("kind", "invoice " + name + " is a pro forma, not a VAT invoice; "
                    + "only sales invoices go to KSeF");
        }
        if (invoice.status() == InvoiceStatus.DRAFT) {
            throw new ConflictException("status", "invoice " + name + " is a draft; issue it before exporting it to KSeF");
        }
        if (invoice.status() == InvoiceStatus.CANCELLED) {
            throw new ConflictException("status", "invoice " + name + " is cancelled; it is not exported to KSeF");
        }
        if (!Money.PLN.getCurrencyCode().equals(invoice.currency())) {
            throw new ConflictException("currency", "invoice " + name + " is in " + invoice.currency()
                    + "; the FA(3) export covers PLN invoices only");
        }
        if (!Nip.isValid(invoice.seller().nip())) {
            throw new ConflictException("seller.nip", "invoice " + name + " was issued without a valid seller NIP "
                    + "(the company profile's, '" + invoice.seller().nip() + "'); FA(3) requires it");
        }
        if (Fa3Address.of(invoice.seller().addressLines()).isEmpty()) {
            throw new ConflictException("seller.address", "invoice " + name + " was issued without the seller's "
                    + "address (the company profile had none); FA(3) requires it");
        }
        boolean exempt = invoice.vatTotals().stream().anyMatch(total -> Fa3Rate.of(total.vatRate()) == Fa3Rate.ZW);
        if (exempt && !settings.hasExemptionBasis()) {
            throw new ConflictException("exemptionBasis", "invoice " + name + " has VAT-exempt (zw) lines and FA(3) "
                    + "requires the legal basis of the exemption: set exemptionBasis in the configuration "
                    + KsefExportImpl.PID);
        }
    }
}
