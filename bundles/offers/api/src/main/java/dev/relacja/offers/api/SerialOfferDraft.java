package dev.relacja.offers.api;

import java.util.List;

/**
 * What a caller sends to create or change a serial offer; an update replaces every field. Members are chosen by
 * list ({@code counterpartyIds}), by {@code tag}, by {@code filter} (a text search over code, name, NIP and
 * e-mail as the counterparty list has it), or together: the listed ones plus every active counterparty carrying
 * the tag and matching the filter. They are resolved when the serial offer is saved (later tagged counterparties
 * join only when it is saved again). {@code content} is the offer each member gets, without counterparty or contact
 * person; it is checked as the first member's offer would be.
 */
public record SerialOfferDraft(String name, OfferDraft content, List<Long> counterpartyIds, String tag,
        String filter) {
    public SerialOfferDraft {
        counterpartyIds = counterpartyIds == null ? List.of() : List.copyOf(counterpartyIds);
    }
}
