package dev.relacja.invoicing.impl.command;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.CatalogueQuery;
import dev.relacja.invoicing.api.CatalogueService;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:item-list}: search the catalogue, active items unless {@code --all}. */
@Service
@Command(scope = "crm", name = "item-list", description = "List or search the catalogue of goods and services")
public class ItemListCommand implements Action {
    @Reference
    CatalogueService catalogue;

    @Argument(index = 0, name = "text", description = "Text in code or name")
    String text;
    @Option(name = "--kind", description = "Only goods or only service")
    String kind;
    @Option(name = "--all", description = "Archived items too")
    boolean all;
    @Option(name = "--sort", description = "code (default), name, netPrice or updated; prefix - for descending")
    String sort;
    @Option(name = "--page", description = "Page number, from 0")
    int page;
    @Option(name = "--size", description = "Rows per page")
    int size = 50;

    @Override
    public Object execute() {
        CatalogueQuery query = new CatalogueQuery(text, CatalogueValues.kind(kind), all ? null : Boolean.TRUE, sort);
        Page<CatalogueItem> result = catalogue.search(query, new PageRequest(page, size));
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name").maxSize(50);
        table.column("Kind");
        table.column("Unit");
        table.column("Net price").alignRight();
        table.column("VAT");
        table.column("GTU");
        if (all) {
            table.column("Active");
        }
        for (CatalogueItem i : result.items()) {
            List<Object> cells = new ArrayList<>(List.of(i.code(), i.name(), CatalogueValues.lower(i.kind()), i.unit(),
                    i.netPrice().toPlainString(), i.vatRate(), CatalogueValues.orBlank(i.gtu())));
            if (all) {
                cells.add(i.active() ? "yes" : "archived");
            }
            table.addRow().addContent(cells);
        }
        table.print(System.out);
        System.out.printf("page %d, %d of %d%n", result.page(), result.items().size(), result.total());
        return null;
    }
}
