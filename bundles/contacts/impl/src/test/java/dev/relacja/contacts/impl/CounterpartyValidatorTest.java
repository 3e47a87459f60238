package dev.relacja.contacts.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyKind;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterpartyValidatorTest {

    @Test
    void normalisesWhatItStores() {
        CounterpartyDraft valid = CounterpartyValidator.validated(new CounterpartyDraft(" ACME ", " Acme ",
                null, "PL 526-104-08-28", null, null, List.of(" biuro@acme.pl ", "biuro@acme.pl"), List.of(),
                null, "61 1090 1014 0000 0712 1981 2874", null, false, List.of("VIP", "vip", " Hurt "), null, " "));

        assertEquals("ACME", valid.code());
        assertEquals(CounterpartyKind.COMPANY, valid.kind());
        assertEquals("5261040828", valid.nip());
        assertEquals(List.of("biuro@acme.pl"), valid.emails());
        assertEquals("PL61109010140000071219812874", valid.bankAccount());
        assertEquals(List.of("vip", "hurt"), valid.tags());
        assertEquals(null, valid.notes());
    }

    @Test
    void reportsEveryBrokenRuleByField() {
        ValidationException e = assertThrows(ValidationException.class, () -> CounterpartyValidator.validated(
                new CounterpartyDraft("", null, CounterpartyKind.COMPANY, "5261040829", "123", null,
                        List.of("not-an-email"), List.of("abc"), null, "PL00", 400, false, List.of("a b"), null, null)));

        assertEquals(List.of("code", "name", "nip", "regon", "emails", "phones", "bankAccount", "paymentTermDays", "tags"),
                e.errors().stream().map(FieldError::field).toList());
        assertEquals("NIP checksum does not match",
                e.errors().stream().filter(f -> f.field().equals("nip")).findFirst().orElseThrow().message());
    }

    @Test
    void aPersonNeedsNoNip() {
        CounterpartyValidator.validated(new CounterpartyDraft("JK", "Jan Kowalski", CounterpartyKind.PERSON, null,
                null, null, null, null, null, null, null, false, null, null, null));
    }

    @Test
    void aCompanyNeedsANip() {
        ValidationException e = assertThrows(ValidationException.class, () -> CounterpartyValidator.validated(
                new CounterpartyDraft("AC", "Acme", CounterpartyKind.COMPANY, null, null, null, null, null, null,
                        null, null, false, null, null, null)));
        assertEquals("nip", e.errors().get(0).field());
    }

    @Test
    void refusesWhatWouldNotFitItsColumnNamingTheField() {
        List<String> manyEmails = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> "osoba" + i + "@przyklad-dlugiej-domeny.pl").toList();
        ValidationException e = assertThrows(ValidationException.class, () -> CounterpartyValidator.validated(
                new CounterpartyDraft("LONG", "Długi", CounterpartyKind.PERSON, null, null,
                        new dev.relacja.contacts.api.Addresses(
                                new dev.relacja.contacts.api.Address("ul. " + "Długa ".repeat(40), "00-950", "Warszawa", "PL"), null),
                        manyEmails, null, null, null, null, false, null, null, null)));

        assertEquals(List.of("addresses.registered.street", "emails"),
                e.errors().stream().map(FieldError::field).toList());
    }
}
