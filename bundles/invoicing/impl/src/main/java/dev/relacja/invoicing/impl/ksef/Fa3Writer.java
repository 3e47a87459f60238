package dev.relacja.invoicing.impl.ksef;

import dev.relacja.core.api.identifiers.Nip;
import dev.relacja.core.api.money.PriceBasis;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceLine;
import dev.relacja.invoicing.api.InvoiceParty;
import dev.relacja.invoicing.api.InvoiceVatTotal;
import dev.relacja.invoicing.api.PaymentMethod;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * Writes an issued sales invoice as FA(3) XML, element by element in the schema's order. What FA(3) can say but
 * Relacja does not record is written as its "no" marker (self-billing, reverse charge other than oo lines, new
 * means of transport, the simplified triangular procedure, margin schemes, JST and VAT-group buyers) or left
 * out (corrections, advance invoices, third parties, foreign-currency VAT, GTU and PKWiU of lines).
 */
final class Fa3Writer {
    private static final String SYSTEM = "Relacja";
    private static final String YES = "1";
    private static final String NO = "2";

    private Fa3Writer() {
    }

    /** The XML as UTF-8; {@code generatedAt} is DataWytworzeniaFa. */
    static byte[] write(Invoice invoice, Instant generatedAt, Fa3Settings settings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Fa3Xml xml = new Fa3Xml(bytes, "Faktura");
            header(xml, generatedAt);
            seller(xml, invoice.seller());
            buyer(xml, invoice.buyer());
            invoice(xml, invoice, settings);
            footer(xml, invoice.notes());
            xml.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the FA(3) XML of invoice " + invoice.number(), e);
        }
        return bytes.toByteArray();
    }

    private static void header(Fa3Xml xml, Instant generatedAt) throws XMLStreamException {
        xml.start("Naglowek")
                .leaf("KodFormularza", "FA", "kodSystemowy", "FA (3)", "wersjaSchemy", "1-0E")
                .leaf("WariantFormularza", "3")
                .leaf("DataWytworzeniaFa", DateTimeFormatter.ISO_INSTANT.format(generatedAt.truncatedTo(ChronoUnit.SECONDS)))
                .leaf("SystemInfo", SYSTEM)
                .end();
    }

    private static void seller(Fa3Xml xml, InvoiceParty seller) throws XMLStreamException {
        xml.start("Podmiot1")
                .start("DaneIdentyfikacyjne")
                .leaf("NIP", Nip.normalize(seller.nip()))
                .leaf("Nazwa", seller.name())
                .end();
        address(xml, seller);
        xml.end();
    }

    /** A buyer without NIP is a private person: FA(3) marks that BrakID. */
    private static void buyer(Fa3Xml xml, InvoiceParty buyer) throws XMLStreamException {
        xml.start("Podmiot2").start("DaneIdentyfikacyjne");
        if (buyer.nip() == null || buyer.nip().isBlank()) {
            xml.leaf("BrakID", YES);
        } else {
            xml.leaf("NIP", Nip.normalize(buyer.nip()));
        }
        xml.leaf("Nazwa", buyer.name()).end();
        address(xml, buyer);
        xml.leaf("JST", NO).leaf("GV", NO).end();
    }

    private static void address(Fa3Xml xml, InvoiceParty party) throws XMLStreamException {
        Fa3Address address = Fa3Address.of(party.addressLines()).orElse(null);
        if (address != null) {
            xml.start("Adres")
                    .leaf("KodKraju", address.country())
                    .leaf("AdresL1", address.line1())
                    .optional("AdresL2", address.line2())
                    .end();
        }
    }

    private static void invoice(Fa3Xml xml, Invoice invoice, Fa3Settings settings) throws XMLStreamException {
        xml.start("Fa")
                .leaf("KodWaluty", invoice.currency())
                .leaf("P_1", invoice.issueDate().toString())
                .leaf("P_2", invoice.number());
        if (invoice.saleDate() != null) {
            xml.leaf("P_6", invoice.saleDate().toString());
        } else {
            xml.start("OkresFa")
                    .leaf("P_6_Od", invoice.periodFrom().toString())
                    .leaf("P_6_Do", invoice.periodTo().toString())
                    .end();
        }
        Map<Fa3Rate, InvoiceVatTotal> totals = new EnumMap<>(Fa3Rate.class);
        invoice.vatTotals().forEach(total -> totals.put(Fa3Rate.of(total.vatRate()), total));
        for (Map.Entry<Fa3Rate, InvoiceVatTotal> total : totals.entrySet()) {
            xml.leaf(total.getKey().netField(), amount(total.getValue().net()));
            if (total.getKey().vatField() != null) {
                xml.leaf(total.getKey().vatField(), amount(total.getValue().vat()));
            }
        }
        xml.leaf("P_15", amount(invoice.gross()));
        annotations(xml, invoice, settings, totals);
        xml.leaf("RodzajFaktury", "VAT");
        boolean gross = PriceBasis.GROSS.name().equals(invoice.priceBasis());
        for (InvoiceLine line : invoice.lines()) {
            line(xml, line, gross);
        }
        payment(xml, invoice);
        xml.end();
    }

    /** Adnotacje: every marker is mandatory, "1" for yes and "2" (or a lone N marker) for no. */
    private static void annotations(Fa3Xml xml, Invoice invoice, Fa3Settings settings, Map<Fa3Rate, ?> rates)
            throws XMLStreamException {
        xml.start("Adnotacje")
                .leaf("P_16", settings.cashMethod() ? YES : NO)
                .leaf("P_17", NO)
                .leaf("P_18", rates.containsKey(Fa3Rate.OO) ? YES : NO)
                .leaf("P_18A", invoice.splitPayment() ? YES : NO)
                .start("Zwolnienie");
        if (rates.containsKey(Fa3Rate.ZW)) {
            xml.leaf("P_19", YES).leaf("P_19A", settings.exemptionBasis().strip());
        } else {
            xml.leaf("P_19N", YES);
        }
        xml.end()
                .start("NoweSrodkiTransportu").leaf("P_22N", YES).end()
                .leaf("P_23", NO)
                .start("PMarzy").leaf("P_PMarzyN", YES).end()
                .end();
    }

    /**
     * A net-basis line carries the net unit price and value (P_9A, P_11), a gross-basis one the gross ones
     * (P_9B, P_11A), as FA(3) has it for invoices priced gross; a discount is its amount, P_10.
     */
    private static void line(Fa3Xml xml, InvoiceLine line, boolean gross) throws XMLStreamException {
        BigDecimal value = gross ? line.gross() : line.net();
        BigDecimal discount = line.quantity().multiply(line.unitPrice()).subtract(value);
        xml.start("FaWiersz")
                .leaf("NrWierszaFa", Integer.toString(line.position()))
                .leaf("P_7", line.name())
                .leaf("P_8A", line.unit())
                .leaf("P_8B", line.quantity().stripTrailingZeros().toPlainString())
                .leaf(gross ? "P_9B" : "P_9A", amount(line.unitPrice()))
                // without a discount the difference is only the rounding of quantity × price to grosze
                .optional("P_10", line.discountPercent().signum() > 0 && discount.signum() > 0
                        ? discount.stripTrailingZeros().toPlainString() : null)
                .leaf(gross ? "P_11A" : "P_11", amount(value))
                .leaf("P_12", Fa3Rate.of(line.vatRate()).code())
                .end();
    }

    /** The account only for a transfer: a cash or card invoice carries the company's account by default. */
    private static void payment(Fa3Xml xml, Invoice invoice) throws XMLStreamException {
        xml.start("Platnosc")
                .start("TerminPlatnosci").leaf("Termin", invoice.dueDate().toString()).end()
                .leaf("FormaPlatnosci", paymentForm(invoice.paymentMethod()));
        if (invoice.paymentMethod() == PaymentMethod.TRANSFER && invoice.bankAccount() != null) {
            xml.start("RachunekBankowy").leaf("NrRB", invoice.bankAccount()).end();
        }
        xml.end();
    }

    private static void footer(Fa3Xml xml, String notes) throws XMLStreamException {
        if (notes != null && !notes.isBlank()) {
            xml.start("Stopka").start("Informacje").leaf("StopkaFaktury", notes).end().end();
        }
    }

    /** TFormaPlatnosci: 1 cash, 2 card, 6 transfer. */
    private static String paymentForm(PaymentMethod method) {
        return switch (method) {
            case CASH -> "1";
            case CARD -> "2";
            case TRANSFER -> "6";
        };
    }

    private static String amount(BigDecimal value) {
        return value.toPlainString();
    }
}
