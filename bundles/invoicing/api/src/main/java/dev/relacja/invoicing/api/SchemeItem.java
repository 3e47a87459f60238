package dev.relacja.invoicing.api;

import java.math.BigDecimal;

/**
 * One line of a cyclic scheme: a catalogue item or free text, with the default quantity and net unit price a
 * participant gets unless it overrides them. {@code position} (1-based) is how participants' overrides name
 * the line. On a stored scheme name, unit, price and rate are filled in from the catalogue where left out.
 */
public record SchemeItem(
        int position,
        Long catalogueItemId,
        String name,
        String unit,
        BigDecimal quantity,
        BigDecimal netPrice,
        String vatRate) {
}
