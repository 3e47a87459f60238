package dev.relacja.contacts.impl.transfer;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.ContactPersonDraft;
import dev.relacja.contacts.api.ContactsTransfer;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyQuery;
import dev.relacja.contacts.api.ImportReport;
import dev.relacja.contacts.api.RejectedRow;
import dev.relacja.contacts.api.VCardFormat;
import dev.relacja.contacts.impl.CounterpartyValidator;
import dev.relacja.contacts.impl.persistence.CounterpartyStore;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.events.RelacjaEvents;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * CSV and vCard import and export. Imports validate every record with the same rules as the API and
 * store the valid ones in batches of {@value #BATCH} per transaction, reporting each refused record.
 */
@Component
public class ContactsTransferImpl implements ContactsTransfer {
    static final int BATCH = 500;
    private static final int EXPORT_PAGE = 500;

    private final CounterpartyStore store;
    private final CallerContext callers;
    private final DomainEvents events;

    @Activate
    public ContactsTransferImpl(@Reference CounterpartyStore store, @Reference CallerContext callers,
            @Reference DomainEvents events) {
        this.store = store;
        this.callers = callers;
        this.events = events;
    }

    @Override
    public ImportReport importCounterparties(Reader csv, boolean updateExisting) {
        Caller caller = callers.require(Role.OPERATOR);
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, Long> firstRowOfCode = new HashMap<>();
        List<CounterpartyDraft> batch = new ArrayList<>();
        List<Long> batchRows = new ArrayList<>();
        long created = 0;
        long updated = 0;
        Set<String> existingCodes = store.allCodes();
        try (CSVParser parser = CsvCounterparties.open(csv)) {
            for (CSVRecord record : parser) {
                CsvCounterparties.Row row = CsvCounterparties.toRow(record);
                CounterpartyDraft valid = validOrReject(row, caller, rejected);
                if (valid == null) {
                    continue;
                }
                Long earlier = firstRowOfCode.putIfAbsent(valid.code(), row.number());
                if (earlier != null) {
                    rejected.add(new RejectedRow(row.number(), valid.code(),
                            List.of(new FieldError("code", "the code repeats row " + earlier))));
                    continue;
                }
                batch.add(valid);
                batchRows.add(row.number());
                if (batch.size() == BATCH) {
                    CounterpartyStore.BatchOutcome outcome = flush(batch, batchRows, existingCodes, updateExisting, rejected);
                    created += outcome.created();
                    updated += outcome.updated();
                }
            }
            CounterpartyStore.BatchOutcome outcome = flush(batch, batchRows, existingCodes, updateExisting, rejected);
            created += outcome.created();
            updated += outcome.updated();
        } catch (IOException | UncheckedIOException e) {
            throw new ValidationException("file", "cannot read the CSV: " + e.getMessage());
        } catch (IllegalStateException e) {
            // commons-csv reports malformed quoting this way, with the line number
            throw new ValidationException("file", e.getMessage());
        }
        rejected.sort((a, b) -> Long.compare(a.row(), b.row()));
        events.publishAfterCommit("contacts", "COUNTERPARTIES_IMPORTED",
                Map.of("created", created, "updated", updated, RelacjaEvents.OPERATOR, caller.username()));
        return new ImportReport(created, updated, rejected);
    }

    @Override
    public void exportCounterparties(CounterpartyQuery query, Writer csv) {
        callers.require(Role.VIEWER);
        try {
            CSVPrinter printer = new CSVPrinter(csv, CsvCounterparties.FORMAT);
            Page<Counterparty> page;
            int number = 0;
            do {
                page = store.search(query == null ? CounterpartyQuery.ALL : query, new PageRequest(number++, EXPORT_PAGE));
                for (Counterparty c : page.items()) {
                    CsvCounterparties.print(printer, c);
                }
            } while ((long) number * EXPORT_PAGE < page.total());
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CSV", e);
        }
    }

    @Override
    public ImportReport importContactPersons(long counterpartyId, Reader vcards) {
        Caller caller = callers.require(Role.OPERATOR);
        if (store.find(counterpartyId).isEmpty()) {
            throw new NotFoundException("Counterparty", counterpartyId);
        }
        List<RejectedRow> rejected = new ArrayList<>();
        long created = 0;
        long cardNumber = 0;
        try (VCardReader reader = new VCardReader(vcards)) {
            VCard card;
            while ((card = reader.readNext()) != null) {
                cardNumber++;
                ContactPersonDraft draft = VCards.toDraft(card);
                try {
                    store.addContactPerson(counterpartyId, CounterpartyValidator.validated(draft));
                    created++;
                } catch (ValidationException e) {
                    rejected.add(new RejectedRow(cardNumber, draft.name(), e.errors()));
                }
            }
        } catch (IOException e) {
            throw new ValidationException("file", "cannot read the vCards: " + e.getMessage());
        }
        if (cardNumber == 0) {
            throw new ValidationException("file", "no vCard found (BEGIN:VCARD … END:VCARD)");
        }
        events.publishAfterCommit("contacts", "CONTACT_PERSONS_IMPORTED",
                Map.of(RelacjaEvents.ID, counterpartyId, "created", created, RelacjaEvents.OPERATOR, caller.username()));
        return new ImportReport(created, 0, rejected);
    }

    @Override
    public void exportContactPersons(long counterpartyId, VCardFormat format, Writer vcards) {
        callers.require(Role.VIEWER);
        Counterparty counterparty = store.find(counterpartyId)
                .orElseThrow(() -> new NotFoundException("Counterparty", counterpartyId));
        List<VCard> cards = new ArrayList<>();
        for (ContactPerson person : store.contactPersons(counterpartyId)) {
            cards.add(VCards.toVCard(person, counterparty.name()));
        }
        try {
            Ezvcard.write(cards).version(VCards.version(format)).prodId(false).go(vcards);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the vCards", e);
        }
    }

    /** The validated draft owned by the caller, or null after recording why the row is refused. */
    private static CounterpartyDraft validOrReject(CsvCounterparties.Row row, Caller caller, List<RejectedRow> rejected) {
        if (row.draft() == null) {
            rejected.add(new RejectedRow(row.number(), row.code(), row.errors()));
            return null;
        }
        try {
            CounterpartyDraft valid = CounterpartyValidator.validated(row.draft());
            return new CounterpartyDraft(valid.code(), valid.name(), valid.kind(), valid.nip(), valid.regon(),
                    valid.addresses(), valid.emails(), valid.phones(), valid.billingEmail(), valid.bankAccount(),
                    valid.paymentTermDays(), valid.emailConsent(), valid.tags(), caller.operatorId(), valid.notes());
        } catch (ValidationException e) {
            rejected.add(new RejectedRow(row.number(), row.code(), e.errors()));
            return null;
        }
    }

    private CounterpartyStore.BatchOutcome flush(List<CounterpartyDraft> batch, List<Long> rows,
            Set<String> existingCodes, boolean updateExisting, List<RejectedRow> rejected) {
        CounterpartyStore.BatchOutcome outcome = store.saveAll(batch, existingCodes, updateExisting);
        batch.forEach(draft -> existingCodes.add(draft.code()));
        for (int position : outcome.codeTaken()) {
            rejected.add(new RejectedRow(rows.get(position), batch.get(position).code(),
                    List.of(new FieldError("code", "a counterparty with this code exists; import with update to change it"))));
        }
        batch.clear();
        rows.clear();
        return outcome;
    }
}
