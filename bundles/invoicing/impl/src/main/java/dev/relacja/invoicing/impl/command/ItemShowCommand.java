package dev.relacja.invoicing.impl.command;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.CatalogueService;
import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:item-show}: one catalogue item by its code, archived or not. */
@Service
@Command(scope = "crm", name = "item-show", description = "Show a catalogue item")
public class ItemShowCommand implements Action {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Reference
    CatalogueService catalogue;

    @Argument(index = 0, name = "code", required = true, description = "Item code (any case)")
    String code;

    @Override
    public Object execute() {
        CatalogueItem i = catalogue.findByCode(code).orElseThrow(() -> new NotFoundException("Catalogue item", code));
        PrintStream out = System.out;
        out.printf("#%d  %s  %s%s%n", i.id(), i.code(), i.name(), i.active() ? "" : "  (archived)");
        line(out, "Kind", CatalogueValues.lower(i.kind()));
        line(out, "Unit", i.unit());
        line(out, "Net price", i.netPrice().toPlainString() + " " + i.currency());
        line(out, "VAT rate", i.vatRate());
        line(out, "GTU", i.gtu());
        line(out, "PKWiU", i.pkwiu());
        line(out, "Created", WHEN.format(i.createdAt().atZone(ZoneId.systemDefault())));
        line(out, "Updated", WHEN.format(i.updatedAt().atZone(ZoneId.systemDefault())) + " (version " + i.version() + ")");
        return null;
    }

    private static void line(PrintStream out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.printf("  %-10s %s%n", label + ":", value);
        }
    }
}
