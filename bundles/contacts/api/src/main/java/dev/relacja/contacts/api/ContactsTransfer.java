package dev.relacja.contacts.api;

import java.io.Reader;
import java.io.Writer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Moves the address book in and out: counterparties as CSV (UTF-8, header row, one counterparty a row,
 * list fields separated by {@code ;}) and a counterparty's contact persons as vCard 3.0 or 4.0.
 * Imports need an operator; exports a viewer.
 */
@ProviderType
public interface ContactsTransfer {

    /** The CSV columns, in export order; an import needs {@code code} and {@code name} and may leave out the rest. */
    String[] CSV_COLUMNS = {"code", "name", "kind", "nip", "regon", "street", "postalCode", "city", "country",
        "emails", "phones", "billingEmail", "bankAccount", "paymentTermDays", "emailConsent", "tags", "notes"};

    /**
     * Creates a counterparty per valid row; with {@code updateExisting} a row whose code exists replaces
     * that counterparty's fields, otherwise it is refused.
     */
    ImportReport importCounterparties(Reader csv, boolean updateExisting);

    /** Writes the counterparties that match {@code query}, sorted as it says. */
    void exportCounterparties(CounterpartyQuery query, Writer csv);

    /** Adds each valid card in {@code vcards} as a contact person of the counterparty. */
    ImportReport importContactPersons(long counterpartyId, Reader vcards);

    /** Writes the counterparty's contact persons as vCards, with the counterparty's name as ORG. */
    void exportContactPersons(long counterpartyId, VCardFormat format, Writer vcards);
}
