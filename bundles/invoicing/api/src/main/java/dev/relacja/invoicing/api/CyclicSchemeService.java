package dev.relacja.invoicing.api;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Cyclic invoicing schemes and their participants. Anyone signed in reads; operators (and managers, admins)
 * change. Every broken rule is reported at once and nothing is stored. A scheme or participant that has billed
 * periods is not deleted (its history would lose its key); end it with an until date instead.
 */
@ProviderType
public interface CyclicSchemeService {

    CyclicScheme create(CyclicSchemeDraft draft);

    /** Replaces the scheme's fields if it is still at {@code expectedVersion}; already issued invoices stay. */
    CyclicScheme update(long id, long expectedVersion, CyclicSchemeDraft draft);

    Optional<CyclicScheme> find(long id);

    /** All schemes by name. */
    List<CyclicScheme> list();

    /** Deletes a scheme that never billed a period, with its participants. */
    void delete(long id, long expectedVersion);

    /** Adds a counterparty to a scheme; a counterparty takes part in a scheme once. */
    SchemeParticipant addParticipant(long schemeId, ParticipantDraft draft);

    SchemeParticipant updateParticipant(long participantId, long expectedVersion, ParticipantDraft draft);

    /** Removes a participant that never billed a period. */
    void removeParticipant(long participantId, long expectedVersion);

    Optional<SchemeParticipant> findParticipant(long participantId);

    /** A scheme's participants by counterparty code. */
    Page<SchemeParticipant> participants(long schemeId, PageRequest page);

    /**
     * Adds or updates participants from CSV (UTF-8, comma or semicolon separated, a header line): columns
     * {@code counterparty} (its code), optional {@code from}, {@code until} (YYYY-MM-DD) and, per scheme line N,
     * optional {@code quantityN} and {@code priceN}. Each row is stored on its own; a bad row is reported and
     * the others go on.
     */
    ParticipantImportReport importParticipants(long schemeId, Reader csv);
}
