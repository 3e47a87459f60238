package dev.relacja.offers.impl.command;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.CatalogueService;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferLineDraft;
import dev.relacja.offers.api.OfferService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code crm:offer-line-add}: adds a line to a draft offer, a catalogue item (by its code) or free text; what the
 * line leaves out comes from the item.
 */
@Service
@Command(scope = "crm", name = "offer-line-add", description = "Add a line to a draft offer")
public class OfferLineAddCommand implements Action {
    @Reference
    OfferService offers;
    @Reference
    CatalogueService catalogue;

    @Argument(index = 0, name = "offer", required = true, description = "The offer's id")
    long offer;
    @Argument(index = 1, name = "name", description = "Name of a free-text line, or of an item's line (quote it)")
    String name;
    @Option(name = "--item", description = "Catalogue item code; its name, unit, price and VAT rate fill the gaps")
    String item;
    @Option(name = "--quantity", required = true, description = "Quantity above zero, at most 3 decimals")
    String quantity;
    @Option(name = "--unit", description = "Unit of measure, e.g. szt., godz., usł.")
    String unit;
    @Option(name = "--price", description = "Unit price, net or gross as the offer's prices are")
    String price;
    @Option(name = "--discount", description = "Discount in percent, 0 to 100")
    String discount;
    @Option(name = "--vat", description = "VAT rate: 23, 8, 5, 0, zw, np or oo")
    String vat;
    @Option(name = "--description", description = "Detail printed under the name")
    String description;

    @Override
    public Object execute() {
        Long itemId = item == null ? null : catalogue.findByCode(item.strip()).map(CatalogueItem::id)
                .orElseThrow(() -> new NotFoundException("Catalogue item", item.strip()));
        Offer current = ShellValues.offer(offers, offer);
        OfferLineDraft line = new OfferLineDraft(itemId, name, description, unit,
                ShellValues.decimal("quantity", "quantity", quantity), ShellValues.decimal("unitPrice", "price", price),
                ShellValues.decimal("discountPercent", "discount", discount), vat);
        Offer changed = offers.update(offer, current.version(), OfferDraft.of(current).plusLine(line));
        return "Offer " + changed.label() + " has " + changed.lines().size() + " lines, " + changed.gross()
                .toPlainString() + " " + changed.currency() + " gross";
    }
}
