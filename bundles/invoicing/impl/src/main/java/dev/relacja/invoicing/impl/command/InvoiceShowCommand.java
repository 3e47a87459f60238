package dev.relacja.invoicing.impl.command;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceLine;
import dev.relacja.invoicing.api.InvoiceParty;
import dev.relacja.invoicing.api.InvoiceService;
import dev.relacja.invoicing.api.InvoiceVatTotal;
import java.io.PrintStream;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:invoice-show}: one invoice by its id or its number, with its lines and VAT table. */
@Service
@Command(scope = "crm", name = "invoice-show", description = "Show an invoice by id or number")
public class InvoiceShowCommand implements Action {
    @Reference
    InvoiceService invoices;

    @Argument(index = 0, name = "invoice", required = true, description = "Invoice id or number, e.g. 42 or FS/7/11/2026")
    String invoice;

    @Override
    public Object execute() {
        Invoice i = find(invoices, invoice);
        PrintStream out = System.out;
        out.printf("#%d  %s  %s  %s%n", i.id(), CatalogueValues.lower(i.kind()),
                i.number() == null ? "(draft, no number)" : i.number(), i.status());
        party(out, "Seller", i.seller());
        party(out, "Buyer", i.buyer());
        if (i.buyer() == null) {
            out.printf("  %-14s counterparty #%d%n", "Buyer:", i.counterpartyId());
        }
        out.printf("  %-14s %s%n", "Issue date:", i.issueDate());
        if (i.saleDate() != null) {
            out.printf("  %-14s %s%n", "Sale date:", i.saleDate());
        } else {
            out.printf("  %-14s %s .. %s%n", "Period:", i.periodFrom(), i.periodTo());
        }
        out.printf("  %-14s %s, due %s%s%n", "Payment:", CatalogueValues.lower(i.paymentMethod()), i.dueDate(),
                i.splitPayment() ? ", split payment (MPP)" : "");
        if (i.bankAccount() != null) {
            out.printf("  %-14s %s%n", "Bank account:", i.bankAccount());
        }
        ShellTable lines = new ShellTable();
        lines.column("#").alignRight();
        lines.column("Name").maxSize(40);
        lines.column("Qty").alignRight();
        lines.column("Unit");
        lines.column(i.priceBasis().equals("GROSS") ? "Gross price" : "Net price").alignRight();
        lines.column("Disc %").alignRight();
        lines.column("VAT");
        lines.column("Net").alignRight();
        lines.column("Gross").alignRight();
        for (InvoiceLine l : i.lines()) {
            lines.addRow().addContent(l.position(), l.name(), l.quantity().stripTrailingZeros().toPlainString(), l.unit(),
                    l.unitPrice().toPlainString(), l.discountPercent().stripTrailingZeros().toPlainString(), l.vatRate(),
                    l.net().toPlainString(), l.gross().toPlainString());
        }
        lines.print(out);
        ShellTable totals = new ShellTable();
        totals.column("VAT rate");
        totals.column("Net").alignRight();
        totals.column("VAT").alignRight();
        totals.column("Gross").alignRight();
        for (InvoiceVatTotal t : i.vatTotals()) {
            totals.addRow().addContent(t.vatRate(), t.net().toPlainString(), t.vat().toPlainString(), t.gross().toPlainString());
        }
        totals.addRow().addContent("Total", i.net().toPlainString(), i.vat().toPlainString(), i.gross().toPlainString());
        totals.print(out);
        out.printf("Paid %s of %s %s%n", i.paid().toPlainString(), i.gross().toPlainString(), i.currency());
        return null;
    }

    /** By id when the argument is all digits and such an invoice exists, else by number. */
    static Invoice find(InvoiceService invoices, String idOrNumber) {
        String value = idOrNumber.strip();
        Optional<Invoice> found = value.matches("\\d{1,18}") ? invoices.find(Long.parseLong(value)) : Optional.empty();
        return found.or(() -> invoices.findByNumber(value)).orElseThrow(() -> new NotFoundException("Invoice", value));
    }

    private static void party(PrintStream out, String label, InvoiceParty party) {
        if (party != null) {
            out.printf("  %-14s %s%s%n", label + ":", party.name(), party.nip() == null ? "" : ", NIP " + party.nip());
            party.addressLines().forEach(line -> out.printf("  %-14s %s%n", "", line));
        }
    }
}
