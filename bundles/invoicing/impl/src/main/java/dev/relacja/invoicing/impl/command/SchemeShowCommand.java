package dev.relacja.invoicing.impl.command;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.invoicing.api.CyclicScheme;
import dev.relacja.invoicing.api.CyclicSchemeService;
import dev.relacja.invoicing.api.ParticipantItem;
import dev.relacja.invoicing.api.SchemeItem;
import dev.relacja.invoicing.api.SchemeParticipant;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:scheme-show}: one cyclic scheme with its lines and its first participants. */
@Service
@Command(scope = "crm", name = "scheme-show", description = "Show a cyclic invoicing scheme and its first participants")
public class SchemeShowCommand implements Action {
    @Reference
    CyclicSchemeService schemes;

    @Argument(index = 0, name = "id", required = true, description = "Id of the scheme")
    long id;
    @Option(name = "--participants", description = "How many participants to list, by counterparty code (default 20)")
    int participants = 20;

    @Override
    public Object execute() {
        CyclicScheme s = schemes.find(id).orElseThrow(() -> new NotFoundException("Cyclic scheme", id));
        PrintStream out = System.out;
        out.printf("#%d  %s  (%s, series %s, version %d)%n", s.id(), s.name(), CatalogueValues.lower(s.kind()), s.series(),
                s.version());
        line(out, "Every", SchemeListCommand.every(s) + (s.issueDay() == null ? "" : ", issued on day " + s.issueDay()));
        line(out, "Active", s.activeFrom() + " .. " + (s.activeUntil() == null ? "(open)" : s.activeUntil()));
        line(out, "Payment", CatalogueValues.lower(s.paymentMethod()) + ", due " + (s.dueDays() == null
                ? "in the buyer's payment term" : s.dueDays() + " days after issue") + (s.splitPayment() ? ", MPP" : ""));
        line(out, "Catch-up", CatalogueValues.lower(s.catchUp()));
        line(out, "Notes", CatalogueValues.orBlank(s.notes()));
        ShellTable lines = new ShellTable();
        lines.column("#").alignRight();
        lines.column("Name").maxSize(40);
        lines.column("Qty").alignRight();
        lines.column("Unit");
        lines.column("Net price").alignRight();
        lines.column("VAT");
        for (SchemeItem i : s.items()) {
            lines.addRow().addContent(i.position(), i.name(), plain(i.quantity()), i.unit(), i.netPrice().toPlainString(),
                    i.vatRate());
        }
        lines.print(out);
        Page<SchemeParticipant> page = schemes.participants(id, new PageRequest(0, Math.max(1, participants)));
        out.printf("%d participant(s)%s%n", s.participants(), page.items().size() < s.participants()
                ? ", the first " + page.items().size() + ":" : "");
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Code");
        table.column("Name").maxSize(40);
        table.column("From");
        table.column("Until");
        table.column("Overrides (line: qty × price)");
        for (SchemeParticipant p : page.items()) {
            table.addRow().addContent(p.id(), p.counterpartyCode(), CatalogueValues.orBlank(p.counterpartyName()),
                    CatalogueValues.orBlank(p.from()), CatalogueValues.orBlank(p.until()),
                    p.overrides().stream().map(SchemeShowCommand::override).collect(Collectors.joining(", ")));
        }
        table.print(out);
        return null;
    }

    private static String override(ParticipantItem o) {
        return o.position() + ": " + (o.quantity() == null ? "-" : plain(o.quantity())) + " × "
                + (o.netPrice() == null ? "-" : o.netPrice().toPlainString());
    }

    private static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }

    private static void line(PrintStream out, String label, String value) {
        if (!value.isBlank()) {
            out.printf("  %-10s %s%n", label + ":", value);
        }
    }
}
