package dev.relacja.offers.impl.serial;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyQuery;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.contacts.api.CounterpartyStatus;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.offers.api.SerialOfferDraft;
import dev.relacja.offers.api.SerialOfferService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves who a serial offer is for: the counterparties listed (each must exist and be active, and be listed
 * once), then every active counterparty carrying the tag and matching the filter, in the counterparty list's order,
 * each counterparty once; at most {@value SerialOfferService#MAX_MEMBERS}.
 */
final class SerialMembers {
    private SerialMembers() {
    }

    static List<Long> resolve(List<FieldError> errors, SerialOfferDraft draft, CounterpartyService counterparties) {
        Set<Long> members = new LinkedHashSet<>();
        listed(errors, draft.counterpartyIds(), counterparties, members);
        String tag = blankToNull(draft.tag());
        String filter = blankToNull(draft.filter());
        if (tag != null || filter != null) {
            int before = members.size();
            CounterpartyQuery query = new CounterpartyQuery(filter, tag, null, CounterpartyStatus.ACTIVE, null);
            for (int page = 0; members.size() <= SerialOfferService.MAX_MEMBERS; page++) {
                Page<Counterparty> found = counterparties.search(query, new PageRequest(page, PageRequest.MAX_SIZE));
                found.items().forEach(c -> members.add(c.id()));
                if (found.items().size() < PageRequest.MAX_SIZE) {
                    break;
                }
            }
            if (members.size() == before) {
                errors.add(new FieldError(tag != null ? "tag" : "filter", "no active counterparty"
                        + (tag != null ? " is tagged '" + tag + "'" : "") + (tag != null && filter != null ? " and" : "")
                        + (filter != null ? " matches '" + filter + "'" : "")));
            }
        }
        if (members.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("counterpartyIds", "choose the counterparties: counterpartyIds, a tag or a filter"));
        }
        if (members.size() > SerialOfferService.MAX_MEMBERS) {
            errors.add(new FieldError("counterpartyIds", "a serial offer is for at most " + SerialOfferService.MAX_MEMBERS
                    + " counterparties; these choices name more"));
        }
        return List.copyOf(members);
    }

    private static void listed(List<FieldError> errors, List<Long> ids, CounterpartyService counterparties,
            Set<Long> members) {
        if (ids.size() > SerialOfferService.MAX_MEMBERS) {
            errors.add(new FieldError("counterpartyIds", "at most " + SerialOfferService.MAX_MEMBERS
                    + " counterparties, not " + ids.size()));
            return;
        }
        Map<Long, Counterparty> found = counterparties.findAll(ids.stream().filter(id -> id != null).toList());
        List<String> missing = new ArrayList<>();
        List<String> archived = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        for (Long id : ids) {
            Counterparty counterparty = id == null ? null : found.get(id);
            if (counterparty == null) {
                missing.add(String.valueOf(id));
            } else if (counterparty.status() == CounterpartyStatus.ARCHIVED) {
                archived.add(counterparty.code());
            } else if (!members.add(id)) {
                twice.add(counterparty.code());
            }
        }
        if (!missing.isEmpty()) {
            errors.add(new FieldError("counterpartyIds", "no such counterparties: " + String.join(", ", missing)));
        }
        if (!archived.isEmpty()) {
            errors.add(new FieldError("counterpartyIds", "archived, restore them first or leave them out: "
                    + String.join(", ", archived)));
        }
        if (!twice.isEmpty()) {
            errors.add(new FieldError("counterpartyIds", "listed more than once: " + String.join(", ", twice)));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
