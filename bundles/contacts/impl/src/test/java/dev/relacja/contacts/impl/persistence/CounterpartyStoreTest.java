package dev.relacja.contacts.impl.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.contacts.api.Address;
import dev.relacja.contacts.api.Addresses;
import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.ContactPersonDraft;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyKind;
import dev.relacja.contacts.api.CounterpartyQuery;
import dev.relacja.contacts.api.CounterpartyStatus;
import dev.relacja.contacts.api.EmailOwner;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.testing.TestDatabase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store against a real Derby database migrated by the module's own scripts. */
class CounterpartyStoreTest {
    private TestDatabase db;
    private CounterpartyStore store;

    @BeforeEach
    void setUp() {
        db = new TestDatabase().migrate("contacts");
        store = CounterpartyStore.over(db.jpa("relacja-contacts"), Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void storesEveryFieldAndReadsItBack() {
        Addresses addresses = new Addresses(new Address("ul. Prosta 1", "00-950", "Warszawa", "PL"), null);
        Counterparty created = store.create(new CounterpartyDraft("ACME", "Acme Sp. z o.o.", CounterpartyKind.COMPANY,
                "5261040828", "012345675", addresses, List.of("biuro@acme.pl", "ksiegowosc@acme.pl"),
                List.of("+48 22 123 45 67"), "faktury@acme.pl", "PL61109010140000071219812874", 14, true,
                List.of("vip", "hurt"), 1L, "Klient od 2010"));

        Counterparty read = store.find(created.id()).orElseThrow();

        assertEquals(created, read);
        assertEquals(List.of("biuro@acme.pl", "ksiegowosc@acme.pl"), read.emails());
        assertEquals(List.of("vip", "hurt"), read.tags());
        assertEquals("Warszawa", read.addresses().registered().city());
        assertEquals(null, read.addresses().correspondence());
        assertEquals(CounterpartyStatus.ACTIVE, read.status());
    }

    @Test
    void findsManyByIdInSlicesAndLeavesOutTheUnknown() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < CounterpartyStore.IDS_PER_QUERY + 3; i++) {
            ids.add(store.create(draft("K" + i, "Klient " + i)).id());
        }
        ids.add(ids.get(0));
        ids.add(-1L);

        Map<Long, Counterparty> found = store.findAll(ids);

        assertEquals(CounterpartyStore.IDS_PER_QUERY + 3, found.size());
        assertEquals("Klient 0", found.get(ids.get(0)).name());
        assertEquals("Klient " + (CounterpartyStore.IDS_PER_QUERY + 2), found.get(ids.get(ids.size() - 3)).name());
        assertFalse(found.containsKey(-1L));
    }

    @Test
    void refusesATakenCode() {
        store.create(draft("ACME", "Acme"));
        assertThrows(ConflictException.class, () -> store.create(draft("ACME", "Other")));
    }

    @Test
    void refusesAStaleVersion() {
        Counterparty created = store.create(draft("ACME", "Acme"));
        store.update(created.id(), created.version(), draft("ACME", "Acme 2"));

        assertThrows(StaleVersionException.class, () -> store.update(created.id(), created.version(), draft("ACME", "Acme 3")));
        assertEquals("Acme 2", store.find(created.id()).orElseThrow().name());
    }

    @Test
    void searchesTextAnywhereIgnoringCaseAndFiltersByTagAndStatus() {
        store.create(draft("KOWAL", "Jan Kowalski"));
        store.create(withTag(draft("NOWAK", "Anna Nowak"), "vip"));
        Counterparty archived = store.create(withTag(draft("ZIELONY", "Zielony Ogród"), "vip"));
        store.setStatus(archived.id(), archived.version(), CounterpartyStatus.ARCHIVED);

        assertEquals(List.of("KOWAL"), codes(store.search(new CounterpartyQuery("kowal", null, null, null, null), firstPage(0))));
        assertEquals(List.of("NOWAK", "ZIELONY"), codes(store.search(new CounterpartyQuery(null, "vip", null, null, "code"), firstPage(0))));
        assertEquals(List.of("NOWAK"), codes(store.search(new CounterpartyQuery(null, "vip", null, CounterpartyStatus.ACTIVE, null), firstPage(0))));
        // LIKE wildcards typed by a user are matched literally
        assertEquals(List.of(), codes(store.search(new CounterpartyQuery("%", null, null, null, null), firstPage(0))));
    }

    @Test
    void sortsNamesInPolishOrder() {
        store.create(draft("C1", "Żaba"));
        store.create(draft("C2", "Łukasz"));
        store.create(draft("C3", "Lucyna"));
        store.create(draft("C4", "Zenon"));
        store.create(draft("C5", "Ćma"));
        store.create(draft("C6", "Czesław"));

        List<String> names = store.search(CounterpartyQuery.ALL, firstPage(0)).items().stream()
                .map(Counterparty::name).toList();

        assertEquals(List.of("Czesław", "Ćma", "Lucyna", "Łukasz", "Zenon", "Żaba"), names);
    }

    @Test
    void pagesThroughTheWholeListWithATotal() {
        for (int i = 0; i < 25; i++) {
            store.create(draft(String.format("C%02d", i), "Same name"));
        }
        Page<Counterparty> first = store.search(CounterpartyQuery.ALL, new PageRequest(0, 10));
        Page<Counterparty> last = store.search(CounterpartyQuery.ALL, new PageRequest(2, 10));

        assertEquals(25, first.total());
        assertEquals(10, first.items().size());
        assertEquals(5, last.items().size());
        assertEquals("C20", last.items().get(0).code());
    }

    @Test
    void refusesAnUnknownSort() {
        assertThrows(ValidationException.class,
                () -> store.search(new CounterpartyQuery(null, null, null, null, "nip; drop table"), firstPage(0)));
    }

    @Test
    void keepsContactPersonsOfACounterparty() {
        Counterparty acme = store.create(draft("ACME", "Acme"));
        ContactPerson anna = store.addContactPerson(acme.id(),
                new ContactPersonDraft("Anna Nowak", "księgowa", List.of("anna@acme.pl"), List.of(), true));
        store.addContactPerson(acme.id(), new ContactPersonDraft("Bogdan Zięba", null, List.of(), List.of("600100200"), false));

        assertEquals(List.of("Anna Nowak", "Bogdan Zięba"),
                store.contactPersons(acme.id()).stream().map(ContactPerson::name).toList());

        store.removeContactPerson(anna.id(), anna.version());
        assertEquals(1, store.contactPersons(acme.id()).size());
        assertTrue(store.findContactPerson(anna.id()).isEmpty());
    }

    private static PageRequest firstPage(int page) {
        return new PageRequest(page, 100);
    }

    private static List<String> codes(Page<Counterparty> page) {
        return page.items().stream().map(Counterparty::code).toList();
    }

    @Test
    void findsWhoseAnEmailAddressIsExactlyIgnoringCase() {
        Counterparty archived = store.create(withEmails(draft("OLD", "Stara firma"), List.of("biuro@acme.pl"), null));
        store.setStatus(archived.id(), archived.version(), CounterpartyStatus.ARCHIVED);
        Counterparty acme = store.create(withEmails(draft("ACME", "Acme"), List.of("biuro@acme.pl"), "faktury@acme.pl"));
        Counterparty other = store.create(withEmails(draft("X", "X"), List.of("xbiuro@acme.pl.com"), null));
        ContactPerson jan = store.addContactPerson(acme.id(),
                new ContactPersonDraft("Jan Nowak", null, List.of("j_nowak@acme.pl"), List.of(), true));

        assertEquals(new EmailOwner(acme.id(), null), store.ownerOfEmail("BIURO@acme.pl").orElseThrow());
        assertEquals(new EmailOwner(acme.id(), null), store.ownerOfEmail("faktury@acme.pl").orElseThrow());
        assertEquals(new EmailOwner(acme.id(), jan.id()), store.ownerOfEmail("J_Nowak@acme.pl").orElseThrow());
        assertEquals(new EmailOwner(other.id(), null), store.ownerOfEmail("xbiuro@acme.pl.com").orElseThrow());
        assertTrue(store.ownerOfEmail("nowak@acme.pl").isEmpty(), "a part of an address is not the address");
        assertTrue(store.ownerOfEmail("j%nowak@acme.pl").isEmpty(), "LIKE wildcards in the address are literal");

        // the index follows every write
        store.update(acme.id(), acme.version(), withEmails(draft("ACME", "Acme"), List.of("nowe@acme.pl"), null));
        store.removeContactPerson(jan.id(), jan.version());
        assertEquals(new EmailOwner(archived.id(), null), store.ownerOfEmail("biuro@acme.pl").orElseThrow(),
                "only the archived counterparty still has it");
        assertEquals(new EmailOwner(acme.id(), null), store.ownerOfEmail("nowe@acme.pl").orElseThrow());
        assertTrue(store.ownerOfEmail("faktury@acme.pl").isEmpty());
        assertTrue(store.ownerOfEmail("j_nowak@acme.pl").isEmpty());
    }

    @Test
    void anEmptyAddressIndexIsFilledFromTheStoredRecords() {
        Counterparty acme = store.create(withEmails(draft("ACME", "Acme"), List.of("biuro@acme.pl"), "faktury@acme.pl"));
        ContactPerson jan = store.addContactPerson(acme.id(),
                new ContactPersonDraft("Jan Nowak", null, List.of("jan@acme.pl"), List.of(), true));
        db.jpa("relacja-contacts").tx(TransactionType.Required,
                em -> em.createQuery("delete from EmailAddressEntity e").executeUpdate());
        assertTrue(store.ownerOfEmail("jan@acme.pl").isEmpty());

        store.indexExistingAddresses();

        assertEquals(new EmailOwner(acme.id(), jan.id()), store.ownerOfEmail("jan@acme.pl").orElseThrow());
        assertEquals(new EmailOwner(acme.id(), null), store.ownerOfEmail("faktury@acme.pl").orElseThrow());
    }

    private static CounterpartyDraft withEmails(CounterpartyDraft d, List<String> emails, String billingEmail) {
        return new CounterpartyDraft(d.code(), d.name(), d.kind(), d.nip(), d.regon(), d.addresses(), emails,
                d.phones(), billingEmail, d.bankAccount(), d.paymentTermDays(), d.emailConsent(), d.tags(),
                d.ownerId(), d.notes());
    }

    private static CounterpartyDraft draft(String code, String name) {
        return new CounterpartyDraft(code, name, CounterpartyKind.PERSON, null, null, null, List.of(), List.of(),
                null, null, null, false, List.of(), 1L, null);
    }

    private static CounterpartyDraft withTag(CounterpartyDraft d, String tag) {
        return new CounterpartyDraft(d.code(), d.name(), d.kind(), d.nip(), d.regon(), d.addresses(), d.emails(),
                d.phones(), d.billingEmail(), d.bankAccount(), d.paymentTermDays(), d.emailConsent(), List.of(tag),
                d.ownerId(), d.notes());
    }
}
