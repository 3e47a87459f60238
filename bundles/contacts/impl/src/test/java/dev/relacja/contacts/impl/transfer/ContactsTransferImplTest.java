package dev.relacja.contacts.impl.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.ContactPersonDraft;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyQuery;
import dev.relacja.contacts.api.ImportReport;
import dev.relacja.contacts.api.RejectedRow;
import dev.relacja.contacts.api.VCardFormat;
import dev.relacja.contacts.impl.persistence.CounterpartyStore;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.testing.TestDatabase;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactsTransferImplTest {
    private static final Caller OPERATOR = new Caller(7, "ola", Role.OPERATOR, Set.of());
    private TestDatabase db;
    private CounterpartyStore store;
    private ContactsTransferImpl transfer;

    @BeforeEach
    void setUp() {
        db = new TestDatabase().migrate("contacts");
        store = CounterpartyStore.over(db.jpa("relacja-contacts"), Clock.systemUTC());
        CallerContext callers = () -> Optional.of(OPERATOR);
        transfer = new ContactsTransferImpl(store, callers, (module, event, properties) -> { });
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void importsGoodRowsAndReportsEachBadRowWithItsReasons() {
        String csv = """
                code,name,kind,nip,emails,tags,paymentTermDays,emailConsent,city,postalCode
                ACME,Acme Sp. z o.o.,COMPANY,5261040828,biuro@acme.pl;faktury@acme.pl,vip;hurt,14,tak,Warszawa,00-950
                BAD,Zły NIP,COMPANY,5261040829,,,,,,
                JK,Jan Kowalski,PERSON,,,,abc,maybe,,
                ACME,Duplikat,PERSON,,,,,,,
                ,No code,PERSON,,,,,,,
                EWA,"Ewa ""Szklarz"" Nowak",PERSON,,,,,,,
                """;

        ImportReport report = transfer.importCounterparties(new StringReader(csv), false);

        assertEquals(2, report.created());
        assertEquals(List.of(3L, 4L, 5L, 6L), report.rejected().stream().map(RejectedRow::row).toList());
        assertEquals("NIP checksum does not match", report.rejected().get(0).errors().get(0).message());
        assertEquals(List.of("paymentTermDays", "emailConsent"),
                report.rejected().get(1).errors().stream().map(e -> e.field()).toList());
        assertEquals("the code repeats row 2", report.rejected().get(2).errors().get(0).message());

        Counterparty acme = store.findByCode("ACME").orElseThrow();
        assertEquals(List.of("biuro@acme.pl", "faktury@acme.pl"), acme.emails());
        assertEquals(7L, acme.ownerId());
        assertTrue(acme.emailConsent());
        assertEquals("Warszawa", acme.addresses().registered().city());
        assertEquals("Ewa \"Szklarz\" Nowak", store.findByCode("EWA").orElseThrow().name());
    }

    @Test
    void refusesExistingCodesUnlessAskedToUpdate() {
        transfer.importCounterparties(new StringReader("code,name,kind\nJK,Jan,PERSON\n"), false);

        ImportReport refused = transfer.importCounterparties(new StringReader("code,name,kind\nJK,Jan Kowalski,PERSON\n"), false);
        assertEquals(0, refused.created());
        assertEquals("code", refused.rejected().get(0).errors().get(0).field());

        ImportReport updated = transfer.importCounterparties(new StringReader("code,name,kind\nJK,Jan Kowalski,PERSON\n"), true);
        assertEquals(1, updated.updated());
        assertEquals("Jan Kowalski", store.findByCode("JK").orElseThrow().name());
    }

    @Test
    void refusesAFileWithUnknownOrMissingColumnsWhole() {
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> transfer.importCounterparties(new StringReader("code,name,colour\nA,B,red\n"), false));
        assertTrue(unknown.getMessage().contains("unknown column colour"));
        assertThrows(ValidationException.class,
                () -> transfer.importCounterparties(new StringReader("code,kind\nA,PERSON\n"), false));
        assertEquals(0, store.search(CounterpartyQuery.ALL, new PageRequest(0, 10)).total());
    }

    @Test
    void exportsWhatItImportsInBatchesAcrossPages() {
        StringBuilder csv = new StringBuilder("code,name,kind,tags\n");
        for (int i = 0; i < 1_234; i++) {
            csv.append(String.format("C%04d,Kontrahent %d,PERSON,%s%n", i, i, i % 2 == 0 ? "parzysty" : "nieparzysty"));
        }
        assertEquals(1_234, transfer.importCounterparties(new StringReader(csv.toString()), false).created());

        StringWriter out = new StringWriter();
        transfer.exportCounterparties(new CounterpartyQuery(null, "parzysty", null, null, "code"), out);
        String[] lines = out.toString().split("\r\n");

        assertEquals(String.join(",", dev.relacja.contacts.api.ContactsTransfer.CSV_COLUMNS), lines[0]);
        assertEquals(1 + 617, lines.length);
        assertTrue(lines[1].startsWith("C0000,Kontrahent 0,PERSON,"), lines[1]);

        StringWriter again = new StringWriter();
        transfer.exportCounterparties(CounterpartyQuery.ALL, again);
        db.close();
        setUp();
        ImportReport roundTrip = transfer.importCounterparties(new StringReader(again.toString()), false);
        assertEquals(1_234, roundTrip.created());
        assertEquals(List.of(), roundTrip.rejected());
    }

    @Test
    void exchangesContactPersonsAsVCardsOfBothVersions() {
        Counterparty acme = store.findByCode("ACME").orElseGet(() -> {
            transfer.importCounterparties(new StringReader("code,name,kind\nACME,Acme,PERSON\n"), false);
            return store.findByCode("ACME").orElseThrow();
        });
        store.addContactPerson(acme.id(), new ContactPersonDraft("Anna Żółć", "księgowa",
                List.of("anna@acme.pl"), List.of("+48 600 100 200"), true));

        for (VCardFormat format : VCardFormat.values()) {
            StringWriter vcf = new StringWriter();
            transfer.exportContactPersons(acme.id(), format, vcf);
            assertTrue(vcf.toString().contains(format == VCardFormat.V3_0 ? "VERSION:3.0" : "VERSION:4.0"));

            transfer.importCounterparties(new StringReader("code,name,kind\nCOPY" + format + ",Copy,PERSON\n"), false);
            Counterparty copy = store.findByCode("COPY" + format).orElseThrow();
            ImportReport report = transfer.importContactPersons(copy.id(), new StringReader(vcf.toString()));
            assertEquals(1, report.created());
            ContactPerson imported = store.contactPersons(copy.id()).get(0);
            assertEquals("Anna Żółć", imported.name());
            assertEquals("księgowa", imported.role());
            assertEquals(List.of("anna@acme.pl"), imported.emails());
            assertEquals(List.of("+48 600 100 200"), imported.phones());
            assertTrue(imported.emailConsent());
        }
    }

    @Test
    void reportsBadCardsAndRefusesAFileWithoutCards() {
        transfer.importCounterparties(new StringReader("code,name,kind\nACME,Acme,PERSON\n"), false);
        long acme = store.findByCode("ACME").orElseThrow().id();
        String vcf = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dobra Karta\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Zły Email\r\nEMAIL:not-an-email\r\nEND:VCARD\r\n";

        ImportReport report = transfer.importContactPersons(acme, new StringReader(vcf));

        assertEquals(1, report.created());
        assertEquals(2, report.rejected().get(0).row());
        assertEquals("emails", report.rejected().get(0).errors().get(0).field());
        assertThrows(ValidationException.class, () -> transfer.importContactPersons(acme, new StringReader("hello")));
    }
}
