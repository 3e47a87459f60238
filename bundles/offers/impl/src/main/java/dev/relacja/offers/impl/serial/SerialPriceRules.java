package dev.relacja.offers.impl.serial;

import dev.relacja.core.api.error.FieldError;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferLineDraft;
import dev.relacja.offers.api.SerialPrice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a price table cell must be: for a member, for a catalogue item on one of the content's lines, a unit price
 * of at least 0 with at most 2 decimals that the price columns hold, and each counterparty and item priced once.
 */
final class SerialPriceRules {
    /** Ten digits before the point, as offers' price columns hold. */
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

    private final Set<Long> members;
    private final Set<Long> items;
    private final Set<List<Long>> priced = new HashSet<>();

    SerialPriceRules(List<Long> members, OfferDraft content) {
        this.members = new HashSet<>(members);
        this.items = content.lines() == null ? Set.of() : content.lines().stream()
                .map(OfferLineDraft::catalogueItemId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** The cell's broken rules, each one message; empty when it may be stored. */
    List<String> check(SerialPrice cell) {
        List<String> broken = new ArrayList<>();
        if (cell.counterpartyId() == null) {
            broken.add("counterpartyId: the counterparty is required");
        } else if (!members.contains(cell.counterpartyId())) {
            broken.add("counterpartyId: counterparty " + cell.counterpartyId() + " is not one of this serial offer's"
                    + " members");
        }
        if (cell.itemId() == null) {
            broken.add("itemId: the catalogue item is required");
        } else if (!items.contains(cell.itemId())) {
            broken.add("itemId: catalogue item " + cell.itemId() + " is on none of the offer's lines");
        }
        BigDecimal price = cell.unitPrice();
        if (price == null) {
            broken.add("unitPrice: the price is required");
        } else if (price.signum() < 0) {
            broken.add("unitPrice: " + price.toPlainString() + " is negative");
        } else if (price.stripTrailingZeros().scale() > 2) {
            broken.add("unitPrice: " + price.toPlainString() + " has more than 2 decimals");
        } else if (price.compareTo(MAX_PRICE) > 0) {
            broken.add("unitPrice: " + price.toPlainString() + " is more than " + MAX_PRICE.toPlainString());
        }
        if (broken.isEmpty() && !priced.add(List.of(cell.counterpartyId(), cell.itemId()))) {
            broken.add("counterparty " + cell.counterpartyId() + " and item " + cell.itemId() + " are priced twice");
        }
        return broken;
    }

    /** Every cell's broken rules as field errors of {@code prices[i]}. */
    List<FieldError> checkAll(List<SerialPrice> cells) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            SerialPrice cell = cells.get(i);
            if (cell == null) {
                errors.add(new FieldError("prices[" + i + "]", "a cell is {counterpartyId, itemId, unitPrice}"));
                continue;
            }
            for (String broken : check(cell)) {
                int colon = broken.indexOf(": ");
                boolean named = colon > 0 && !broken.substring(0, colon).contains(" ");
                errors.add(new FieldError("prices[" + i + "]" + (named ? "." + broken.substring(0, colon) : ""),
                        named ? broken.substring(colon + 2) : broken));
            }
        }
        return errors;
    }

    /** The cell with its price at 2 decimals, as stored. */
    static SerialPrice normalized(SerialPrice cell) {
        return new SerialPrice(cell.counterpartyId(), cell.itemId(), cell.unitPrice().setScale(2));
    }
}
