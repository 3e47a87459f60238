package dev.relacja.invoicing.impl.cyclic;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyStatus;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.invoicing.api.ParticipantDraft;
import dev.relacja.invoicing.api.ParticipantItem;
import dev.relacja.invoicing.impl.invoice.BuyerRules;
import dev.relacja.invoicing.impl.invoice.InvoiceSeries;
import dev.relacja.invoicing.impl.validation.FieldRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Checks a participant draft against its scheme, every rule at once: the counterparty exists and, to join, is not
 * archived and has the NIP its invoices will need (a sales scheme's companies, and everyone in a series that
 * requires it), from ≤ until, and each override names an existing line once, with a quantity or a price or both.
 * A participant already in the scheme may still be changed (ended, above all) when its counterparty no longer
 * passes the joining rules; its runs check the buyer again at every issue.
 */
final class ParticipantDraftResolver {

    /** What the resolver looks up: a counterparty by id, and which series need every buyer's NIP. */
    record Lookups(LongFunction<Optional<Counterparty>> counterparty, InvoiceSeries series) {
    }

    private ParticipantDraftResolver() {
    }

    /**
     * {@code current} is the counterparty of the participant being changed (it stays: a participant's billed
     * periods are its counterparty's), null for a new participant.
     */
    static ParticipantFields resolve(ParticipantDraft draft, SchemeTerms scheme, Long current, Lookups lookups) {
        if (draft == null) {
            throw new ValidationException("body", "send the participant");
        }
        List<FieldError> errors = new ArrayList<>();
        Counterparty counterparty = current == null ? joining(errors, draft.counterpartyId(), scheme, lookups)
                : lookups.counterparty().apply(current).orElseThrow(() -> new NotFoundException("Counterparty", current));
        if (current != null && draft.counterpartyId() != null && !draft.counterpartyId().equals(current)) {
            errors.add(new FieldError("counterpartyId", "a participant's counterparty does not change; add counterparty "
                    + draft.counterpartyId() + " as a participant of its own and end this one with an until date"));
        }
        if (draft.from() != null && draft.until() != null && draft.until().isBefore(draft.from())) {
            errors.add(new FieldError("until", "the participation ends (" + draft.until() + ") before it starts ("
                    + draft.from() + ")"));
        }
        List<ParticipantItem> overrides = overrides(errors, draft.overrides(), scheme);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ParticipantFields(counterparty.id(), counterparty.code(), counterparty.name(), draft.from(),
                draft.until(), overrides);
    }

    private static Counterparty joining(List<FieldError> errors, Long id, SchemeTerms scheme, Lookups lookups) {
        if (id == null) {
            errors.add(new FieldError("counterpartyId", "the counterparty (counterpartyId) is required"));
            return null;
        }
        Counterparty found = lookups.counterparty().apply(id).orElse(null);
        if (found == null) {
            errors.add(new FieldError("counterpartyId", "counterparty " + id + " does not exist"));
        } else if (found.status() == CounterpartyStatus.ARCHIVED) {
            errors.add(new FieldError("counterpartyId", "counterparty " + found.code() + " (" + found.name()
                    + ") is archived; restore it first"));
        } else {
            BuyerRules.nipProblem(scheme.kind(), scheme.series(), found, lookups.series()).ifPresent(problem ->
                    errors.add(new FieldError("counterpartyId", found.code() + ": " + problem)));
        }
        return found;
    }

    private static List<ParticipantItem> overrides(List<FieldError> errors, List<ParticipantItem> drafts,
            SchemeTerms scheme) {
        if (drafts == null) {
            return List.of();
        }
        Map<Integer, Integer> firstIndexOfPosition = new HashMap<>();
        List<ParticipantItem> overrides = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String at = "overrides[" + i + "].";
            ParticipantItem draft = drafts.get(i);
            if (draft == null) {
                errors.add(new FieldError("overrides[" + i + "]", "an override is empty"));
                continue;
            }
            int before = errors.size();
            if (draft.position() < 1 || draft.position() > scheme.lines()) {
                errors.add(new FieldError(at + "position", "scheme " + scheme.name() + " has lines 1 to "
                        + scheme.lines() + "; there is no line " + draft.position()));
            } else {
                Integer earlier = firstIndexOfPosition.putIfAbsent(draft.position(), i);
                if (earlier != null) {
                    errors.add(new FieldError(at + "position", "line " + draft.position() + " is overridden already by "
                            + "overrides[" + earlier + "]"));
                }
            }
            if (draft.quantity() == null && draft.netPrice() == null) {
                errors.add(new FieldError(at + "quantity", "an override sets the quantity, the net price or both"));
            }
            BigDecimal quantity = FieldRules.decimal(errors, at + "quantity", "the quantity", draft.quantity(), 3,
                    BigDecimal.ZERO, FieldRules.MAX_QUANTITY, false);
            BigDecimal price = FieldRules.decimal(errors, at + "netPrice", "the net price", draft.netPrice(), 2,
                    BigDecimal.ZERO, FieldRules.MAX_PRICE, false);
            if (errors.size() == before) {
                overrides.add(new ParticipantItem(draft.position(), quantity, price));
            }
        }
        overrides.sort(Comparator.comparingInt(ParticipantItem::position));
        return overrides;
    }
}
