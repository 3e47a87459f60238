package dev.relacja.offers.api;

import java.util.List;

/**
 * What a price table import did, row by row: rows that pass are stored (a counterparty and item already priced get
 * the new price), rows that fail are reported with the reason and change nothing.
 */
public record SerialPriceImport(int stored, int failed, List<Row> rows) {
    public SerialPriceImport {
        rows = List.copyOf(rows);
    }

    /** One row of the file: its line, the counterparty and item codes it names, and the reason it failed. */
    public record Row(long line, String counterparty, String item, boolean stored, String error) {
    }
}
