package dev.relacja.contacts.api;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Counterparties and their contact persons. Viewers read; operators and above change. Updates name the
 * version they change and fail with a stale-version error when someone else changed it first.
 */
@ProviderType
public interface CounterpartyService {

    Counterparty create(CounterpartyDraft draft);

    Counterparty update(long id, long expectedVersion, CounterpartyDraft draft);

    Counterparty archive(long id, long expectedVersion);

    Counterparty restore(long id, long expectedVersion);

    Optional<Counterparty> find(long id);

    /** The counterparties of {@code ids} that exist, by id, in few queries: for producers of many documents. */
    Map<Long, Counterparty> findAll(Collection<Long> ids);

    Optional<Counterparty> findByCode(String code);

    /**
     * Who has this e-mail address (compared ignoring case): a contact person's address wins over a counterparty's
     * own, an active counterparty over an archived one, then the oldest record. Empty when nobody has it.
     */
    Optional<EmailOwner> ownerOfEmail(String address);

    Page<Counterparty> search(CounterpartyQuery query, PageRequest page);

    ContactPerson addContactPerson(long counterpartyId, ContactPersonDraft draft);

    ContactPerson updateContactPerson(long id, long expectedVersion, ContactPersonDraft draft);

    void removeContactPerson(long id, long expectedVersion);

    Optional<ContactPerson> findContactPerson(long id);

    List<ContactPerson> contactPersons(long counterpartyId);

    /** The newest entries about a counterparty from every installed module, newest first. */
    List<TimelineEntry> timeline(long counterpartyId, int limit);
}
