package dev.relacja.invoicing.impl.command;

import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.CatalogueItemDraft;
import dev.relacja.invoicing.api.CatalogueService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:item-add}: adds a good or service to the catalogue, priced net in PLN. */
@Service
@Command(scope = "crm", name = "item-add", description = "Add a good or service to the catalogue")
public class ItemAddCommand implements Action {
    @Reference
    CatalogueService catalogue;

    @Argument(index = 0, name = "code", required = true, description = "Unique code: letters, digits and . _ / -")
    String code;
    @Argument(index = 1, name = "name", required = true, description = "Name as printed on invoices (quote it)")
    String name;
    @Option(name = "--kind", description = "goods or service")
    String kind;
    @Option(name = "--unit", description = "Unit of measure, e.g. szt., godz., usł., kg, m2")
    String unit;
    @Option(name = "--price", description = "Net unit price in PLN, at most 2 decimals, e.g. 149.99")
    String price;
    @Option(name = "--vat", description = "VAT rate: 23, 8, 5, 0, zw, np or oo")
    String vat;
    @Option(name = "--gtu", description = "GTU code GTU_01 to GTU_13, where one applies")
    String gtu;
    @Option(name = "--pkwiu", description = "PKWiU classification (optional)")
    String pkwiu;

    @Override
    public Object execute() {
        CatalogueItem created = catalogue.create(new CatalogueItemDraft(code, name, CatalogueValues.kind(kind), unit,
                CatalogueValues.price(price), null, vat, gtu, pkwiu));
        return "Catalogue item #" + created.id() + " " + created.code() + " added: " + created.netPrice().toPlainString()
                + " " + created.currency() + " net per " + created.unit() + ", VAT " + created.vatRate();
    }
}
