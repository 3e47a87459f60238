package dev.relacja.invoicing.api;

import java.util.List;

/**
 * What a batch FA(3) export wrote: the numbers of the invoices in the ZIP, in its order, and each invoice it
 * left out with the reason.
 */
public record KsefBatch(List<String> exported, List<Skipped> skipped) {
    public KsefBatch {
        exported = List.copyOf(exported);
        skipped = List.copyOf(skipped);
    }

    /** An invoice left out of a batch: its id, its number (null when it has none or does not exist) and why. */
    public record Skipped(long invoiceId, String number, String reason) {
    }
}
