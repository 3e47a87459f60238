package dev.relacja.offers.impl.command;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.offers.api.ConversionKind;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferAcceptance;
import dev.relacja.offers.api.OfferConversion;
import dev.relacja.offers.api.OfferLine;
import dev.relacja.offers.api.OfferPromotion;
import dev.relacja.offers.api.OfferService;
import dev.relacja.offers.api.OfferTexts;
import dev.relacja.offers.api.OfferVatTotal;
import java.io.PrintStream;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:offer-show}: one offer with the customer's answer, its lines, promotions, VAT table and texts. */
@Service
@Command(scope = "crm", name = "offer-show", description = "Show an offer")
public class OfferShowCommand implements Action {
    @Reference
    OfferService offers;
    @Reference
    CounterpartyService counterparties;

    @Argument(index = 0, name = "offer", required = true, description = "The offer's id")
    long offer;

    @Override
    public Object execute() {
        Offer o = ShellValues.offer(offers, offer);
        PrintStream out = System.out;
        out.printf("Offer %s  %s%n", o.label(), o.status());
        out.printf("  %-15s %s%n", "Counterparty:", counterparties.find(o.counterpartyId())
                .map(c -> c.code() + " " + c.name()).orElse("#" + o.counterpartyId()));
        if (o.contactPersonId() != null) {
            out.printf("  %-15s %s%n", "Contact:", counterparties.findContactPerson(o.contactPersonId())
                    .map(ContactPerson::name).orElse("#" + o.contactPersonId()));
        }
        out.printf("  %-15s %s, valid until %s%n", "Issue date:", o.issueDate(), o.validUntil());
        out.printf("  %-15s %s, %s prices%n", "Currency:", o.currency(), o.priceBasis().toLowerCase(Locale.ROOT));
        answer(out, o);
        lines(out, o);
        if (!o.promotions().isEmpty()) {
            ShellTable promotions = new ShellTable();
            promotions.column("#").alignRight();
            promotions.column("Promotion").maxSize(50);
            promotions.column("Kind");
            promotions.column("Saving").alignRight();
            for (OfferPromotion p : o.promotions()) {
                promotions.addRow().addContent(p.position(), p.wording(), ShellValues.lower(p.kind()),
                        p.saving().toPlainString());
            }
            promotions.print(out);
        }
        ShellTable totals = new ShellTable();
        totals.column("VAT rate");
        totals.column("Net").alignRight();
        totals.column("VAT").alignRight();
        totals.column("Gross").alignRight();
        for (OfferVatTotal t : o.vatTotals()) {
            totals.addRow().addContent(t.vatRate(), t.net().toPlainString(), t.vat().toPlainString(),
                    t.gross().toPlainString());
        }
        totals.addRow().addContent("Total", o.net().toPlainString(), o.vat().toPlainString(),
                o.gross().toPlainString());
        totals.print(out);
        texts(out, o.texts());
        return null;
    }

    /** When it went out and what the customer answered. */
    private static void answer(PrintStream out, Offer o) {
        if (o.sentAt() != null) {
            out.printf("  %-15s %s%n", "Sent:", o.sentAt());
        }
        OfferAcceptance accepted = o.acceptance();
        if (accepted != null) {
            out.printf("  %-15s %s, registered by %s at %s%s%n", "Accepted:", accepted.label(), accepted.operator(),
                    accepted.acceptedAt(), accepted.replyMessageId() == null ? ""
                            : ", reply e-mail " + accepted.replyMessageId());
            out.printf("  %-15s %s%n", "SHA-256:", accepted.sha256());
        }
        text(out, "Rejected:", o.rejectionReason());
        OfferConversion conversion = o.conversion();
        if (conversion != null) {
            out.printf("  %-15s %s into %s #%d by %s at %s%n", "Converted:", conversion.label(),
                    conversion.kind() == ConversionKind.PRO_FORMA ? "pro forma" : "sales invoice",
                    conversion.invoiceId(), conversion.operator(), conversion.convertedAt());
        }
    }

    private static void lines(PrintStream out, Offer o) {
        ShellTable lines = new ShellTable();
        lines.column("#").alignRight();
        lines.column("Name").maxSize(40);
        lines.column("Qty").alignRight();
        lines.column("Unit");
        lines.column("GROSS".equals(o.priceBasis()) ? "Gross price" : "Net price").alignRight();
        lines.column("Disc %").alignRight();
        lines.column("Promo %").alignRight();
        lines.column("VAT");
        lines.column("Net").alignRight();
        lines.column("Gross").alignRight();
        for (OfferLine l : o.lines()) {
            lines.addRow().addContent(l.position(), l.name(), l.quantity().stripTrailingZeros().toPlainString(),
                    l.unit(), l.unitPrice().toPlainString(), l.discountPercent().stripTrailingZeros().toPlainString(),
                    l.promotionPercent().stripTrailingZeros().toPlainString(), l.vatRate(), l.net().toPlainString(),
                    l.gross().toPlainString());
        }
        lines.print(out);
    }

    private static void texts(PrintStream out, OfferTexts texts) {
        text(out, "Payment terms:", texts.paymentTerms());
        text(out, "Delivery terms:", texts.deliveryTerms());
        text(out, "Introduction:", texts.introduction());
        text(out, "References:", texts.references());
        text(out, "Company info:", texts.companyInformation());
        text(out, "Product info:", texts.productInformation());
    }

    private static void text(PrintStream out, String label, String value) {
        if (value != null) {
            out.printf("  %-15s %s%n", label, value);
        }
    }
}
