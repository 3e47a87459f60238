package dev.relacja.invoicing.impl.ksef;

import static dev.relacja.invoicing.impl.ksef.OfficialFa3.assertValid;
import static dev.relacja.invoicing.impl.ksef.OfficialFa3.parse;
import static dev.relacja.invoicing.impl.ksef.OfficialFa3.text;
import static dev.relacja.invoicing.impl.ksef.OfficialFa3.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.contacts.api.Address;
import dev.relacja.contacts.api.Addresses;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyKind;
import dev.relacja.core.api.company.CompanyProfile;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.security.Role;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceDraft;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.InvoiceLineDraft;
import dev.relacja.invoicing.api.InvoiceVatTotal;
import dev.relacja.invoicing.api.KsefBatch;
import dev.relacja.invoicing.api.KsefExport;
import dev.relacja.invoicing.api.PaymentMethod;
import dev.relacja.invoicing.impl.invoice.InvoiceFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Invoices issued through the real service over Derby, exported and checked against the official schema. */
class KsefExportTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final String EXEMPTION = "art. 43 ust. 1 pkt 29 lit. a ustawy o VAT";
    private static final Fa3Schema SCHEMA = new Fa3Schema();

    private InvoiceFixture fx;
    private KsefExport ksef;
    private Counterparty acme;
    private Counterparty person;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        fx = new InvoiceFixture(clock);
        ksef = new KsefExportImpl(fx.invoices, SCHEMA, new Fa3Settings(false, EXEMPTION), clock);
        fx.as(fx.operator(2, "anna", Role.OPERATOR));
        acme = fx.counterparties.create(new CounterpartyDraft("ACME", "Acme Sp. z o.o.", CounterpartyKind.COMPANY,
                "5260250274", null, new Addresses(new Address("ul. Polna 5", "30-001", "Kraków", "PL"), null),
                List.of(), List.of(), null, null, 30, false, List.of(), null, null));
        person = fx.counterparties.create(new CounterpartyDraft("KOWALSKI", "Jan Kowalski", CounterpartyKind.PERSON,
                null, null, Addresses.NONE, List.of(), List.of(), null, null, null, false, List.of(), null, null));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aCompanyInvoiceWithSeveralRatesCarriesItsAmountsPerRate() {
        Invoice invoice = issue(new InvoiceDraft(null, acme.id(), null, LocalDate.of(2026, 11, 20), null, null,
                PaymentMethod.TRANSFER, null, null, true, null, null, "NET", List.of(
                        line("Wdrożenie systemu", "3", "1000.00", "10", "23"),
                        line("Szkolenie", "1.5", "33.33", null, "8"),
                        line("Usługa medyczna", "1", "200.00", null, "zw"),
                        line("Drobiazg", "1", "0.02", null, "23")), null));
        fx.as(fx.operator(5, "wiktor", Role.VIEWER));

        byte[] xml = ksef.fa3(invoice.id());

        assertValid(xml);
        Document fa3 = parse(xml);
        assertEquals("2026-11-27T10:00:00Z", text(fa3, "DataWytworzeniaFa"));
        assertEquals("Relacja", text(fa3, "SystemInfo"));
        assertEquals(List.of("7740001454", "5260250274"), texts(fa3, "NIP"));
        assertEquals(List.of("Relacja Sp. z o.o.", "Acme Sp. z o.o."), texts(fa3, "Nazwa"));
        assertEquals(List.of("PL", "PL"), texts(fa3, "KodKraju"));
        assertEquals(List.of("ul. Długa 1", "ul. Polna 5"), texts(fa3, "AdresL1"));
        assertEquals(List.of("00-001 Warszawa", "30-001 Kraków"), texts(fa3, "AdresL2"));
        assertEquals("FS/1/11/2026", text(fa3, "P_2"));
        assertEquals("2026-11-27", text(fa3, "P_1"));
        assertEquals("2026-11-20", text(fa3, "P_6"));
        assertEquals("PLN", text(fa3, "KodWaluty"));
        Map<String, InvoiceVatTotal> totals = byRate(invoice);
        assertEquals(totals.get("23").net().toPlainString(), text(fa3, "P_13_1"));
        assertEquals(totals.get("23").vat().toPlainString(), text(fa3, "P_14_1"));
        assertEquals(totals.get("8").net().toPlainString(), text(fa3, "P_13_2"));
        assertEquals(totals.get("8").vat().toPlainString(), text(fa3, "P_14_2"));
        assertEquals(totals.get("zw").net().toPlainString(), text(fa3, "P_13_7"));
        assertEquals(invoice.gross().toPlainString(), text(fa3, "P_15"));
        assertEquals("3575.02", text(fa3, "P_15"));
        // split payment, exemption with its basis, no reverse charge
        assertEquals("1", text(fa3, "P_18A"));
        assertEquals("2", text(fa3, "P_18"));
        assertEquals("1", text(fa3, "P_19"));
        assertEquals(EXEMPTION, text(fa3, "P_19A"));
        assertNull(text(fa3, "P_19N"));
        assertEquals("VAT", text(fa3, "RodzajFaktury"));
        assertEquals(List.of("1", "2", "3", "4"), texts(fa3, "NrWierszaFa"));
        assertEquals(List.of("23", "8", "zw", "23"), texts(fa3, "P_12"));
        assertEquals(List.of("3", "1.5", "1", "1"), texts(fa3, "P_8B"));
        assertEquals(List.of("1000.00", "33.33", "200.00", "0.02"), texts(fa3, "P_9A"));
        // 3 × 1000 less 10 %: 300 off; 1.5 × 33.33 rounds to 50.00 with no discount to show
        assertEquals(List.of("300"), texts(fa3, "P_10"));
        assertEquals(List.of("2700.00", "50.00", "200.00", "0.02"), texts(fa3, "P_11"));
        assertEquals(invoice.dueDate().toString(), text(fa3, "Termin"));
        assertEquals("6", text(fa3, "FormaPlatnosci"));
        assertEquals(InvoiceFixture.COMPANY_ACCOUNT, text(fa3, "NrRB"));
    }

    @Test
    void aPersonsGrossInvoiceForAServicePeriodPaidInCash() {
        Invoice invoice = issue(new InvoiceDraft(null, person.id(), null, null, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), PaymentMethod.CASH, null, null, false, "Dziękujemy za zakupy", null, "GROSS",
                List.of(line("Abonament", "1", "123.00", null, "23"), line("Książka", "2", "52.50", "20", "5")), null));

        byte[] xml = ksef.fa3(invoice.id());

        assertValid(xml);
        Document fa3 = parse(xml);
        assertEquals(List.of("7740001454"), texts(fa3, "NIP"));
        assertEquals("1", text(fa3, "BrakID"));
        assertEquals(List.of("PL"), texts(fa3, "KodKraju"), "the person has no address, so only the seller's");
        assertNull(text(fa3, "P_6"));
        assertEquals("2026-11-01", text(fa3, "P_6_Od"));
        assertEquals("2026-11-30", text(fa3, "P_6_Do"));
        Map<String, InvoiceVatTotal> totals = byRate(invoice);
        assertEquals(totals.get("23").net().toPlainString(), text(fa3, "P_13_1"));
        assertEquals(totals.get("23").vat().toPlainString(), text(fa3, "P_14_1"));
        assertEquals(totals.get("5").net().toPlainString(), text(fa3, "P_13_3"));
        assertEquals(totals.get("5").vat().toPlainString(), text(fa3, "P_14_3"));
        assertEquals("207.00", text(fa3, "P_15"));
        assertEquals(invoice.gross().toPlainString(), text(fa3, "P_15"));
        // priced gross: gross unit prices and values
        assertEquals(List.of("123.00", "52.50"), texts(fa3, "P_9B"));
        assertEquals(List.of("123.00", "84.00"), texts(fa3, "P_11A"));
        assertEquals(List.of("21"), texts(fa3, "P_10"));
        assertEquals(List.of(), texts(fa3, "P_11"));
        assertEquals("2", text(fa3, "P_18A"));
        assertEquals("1", text(fa3, "P_19N"));
        assertEquals("1", text(fa3, "FormaPlatnosci"));
        assertNull(text(fa3, "NrRB"), "a cash invoice names no account");
        assertEquals("Dziękujemy za zakupy", text(fa3, "StopkaFaktury"));
    }

    @Test
    void aDiscountLineIsANegativeRowOfItsRate() {
        Invoice invoice = issue(new InvoiceDraft(null, acme.id(), null, null, null, null, null, null, null, false,
                null, null, "NET", List.of(line("Usługa", "2", "100.00", null, "23"),
                        line("Promocja: -10 % na usługi", "1", "-20.00", null, "23")), null));

        byte[] xml = ksef.fa3(invoice.id());

        assertValid(xml);
        Document fa3 = parse(xml);
        assertEquals(List.of("100.00", "-20.00"), texts(fa3, "P_9A"));
        assertEquals(List.of("200.00", "-20.00"), texts(fa3, "P_11"));
        assertEquals(List.of(), texts(fa3, "P_10"));
        assertEquals("180.00", text(fa3, "P_13_1"));
        assertEquals("41.40", text(fa3, "P_14_1"));
        assertEquals("221.40", text(fa3, "P_15"));
    }

    @Test
    void onlyIssuedSalesInvoicesAreExported() {
        Invoice draft = fx.invoices.create(simple(acme));
        ConflictException refusedDraft = assertThrows(ConflictException.class, () -> ksef.fa3(draft.id()));
        assertEquals("status", refusedDraft.field());
        assertTrue(refusedDraft.getMessage().contains("draft"), refusedDraft.getMessage());

        Invoice proForma = issue(new InvoiceDraft(InvoiceKind.PRO_FORMA, acme.id(), null, null, null, null, null, null,
                null, false, null, null, null, List.of(line("Usługa", "1", "100", null, "23")), null));
        ConflictException refusedProForma = assertThrows(ConflictException.class, () -> ksef.fa3(proForma.id()));
        assertEquals("kind", refusedProForma.field());
        assertTrue(refusedProForma.getMessage().contains("PF/1/2026"), refusedProForma.getMessage());

        Invoice cancelled = fx.invoices.cancel(issue(simple(acme)).id());
        ConflictException refusedCancelled = assertThrows(ConflictException.class, () -> ksef.fa3(cancelled.id()));
        assertEquals("status", refusedCancelled.field());
        assertTrue(refusedCancelled.getMessage().contains("FS/1/11/2026 is cancelled"), refusedCancelled.getMessage());

        assertThrows(NotFoundException.class, () -> ksef.fa3(999_999L));

        Invoice paid = issue(simple(acme));
        fx.invoices.registerPayment(paid.id(), paid.gross(), null, PaymentMethod.TRANSFER);
        assertValid(ksef.fa3(paid.id()));
    }

    @Test
    void exemptLinesWaitForTheConfiguredLegalBasis() {
        KsefExport unconfigured = new KsefExportImpl(fx.invoices, SCHEMA, new Fa3Settings(false, " "),
                Clock.fixed(NOW, ZoneOffset.UTC));
        Invoice exempt = issue(new InvoiceDraft(null, acme.id(), null, null, null, null, null, null, null, false, null,
                null, null, List.of(line("Usługa medyczna", "1", "200", null, "zw")), null));

        ConflictException refused = assertThrows(ConflictException.class, () -> unconfigured.fa3(exempt.id()));
        assertEquals("exemptionBasis", refused.field());
        assertTrue(refused.getMessage().contains("dev.relacja.invoicing.ksef"), refused.getMessage());
        assertValid(unconfigured.fa3(issue(simple(acme)).id()));
    }

    @Test
    void cashMethodAndReverseChargeShowInTheAnnotations() {
        KsefExport cashMethod = new KsefExportImpl(fx.invoices, SCHEMA, new Fa3Settings(true, null),
                Clock.fixed(NOW, ZoneOffset.UTC));
        Invoice invoice = issue(new InvoiceDraft(null, acme.id(), null, null, null, null, null, null, null, false, null,
                null, null, List.of(line("Stal", "10", "50", null, "oo"), line("Eksport usługi", "1", "10", null, "np"),
                        line("Towar", "1", "10", null, "0")), null));

        byte[] xml = cashMethod.fa3(invoice.id());

        assertValid(xml);
        Document fa3 = parse(xml);
        assertEquals("1", text(fa3, "P_16"));
        assertEquals("1", text(fa3, "P_18"));
        assertEquals("500.00", text(fa3, "P_13_10"));
        assertEquals("10.00", text(fa3, "P_13_8"));
        assertEquals("10.00", text(fa3, "P_13_6_1"));
        assertEquals(List.of("oo", "np I", "0 KR"), texts(fa3, "P_12"));
    }

    @Test
    void anInvoiceIssuedWithoutTheSellersNipOrAddressIsRefused() {
        CompanyProfile complete = fx.profile;
        fx.profile = new CompanyProfile(complete.name(), null, null, complete.street(), complete.postalCode(),
                complete.city(), complete.country(), null, null, complete.bankAccounts(), null, complete.defaultCurrency(),
                complete.timeZone(), complete.version());
        Invoice withoutNip = issue(simple(acme));
        fx.profile = new CompanyProfile(complete.name(), complete.nip(), null, null, null, null, "PL", null, null,
                complete.bankAccounts(), null, complete.defaultCurrency(), complete.timeZone(), complete.version());
        Invoice withoutAddress = issue(simple(acme));

        assertEquals("seller.nip", assertThrows(ConflictException.class, () -> ksef.fa3(withoutNip.id())).field());
        assertEquals("seller.address", assertThrows(ConflictException.class, () -> ksef.fa3(withoutAddress.id())).field());
    }

    @Test
    void dataThatCannotFormFa3IsRefusedWithTheSchemasReason() {
        // FA(3) dates start in 2006; Relacja's drafts do not bound the issue date
        Invoice old = issue(simple(acme).withDates(LocalDate.of(2005, 12, 30), null, LocalDate.of(2006, 1, 13)));

        ConflictException refused = assertThrows(ConflictException.class, () -> ksef.fa3(old.id()));

        assertTrue(refused.getMessage().startsWith("invoice FS/1/12/2005 cannot form a valid FA(3) e-invoice: "),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("P_1"), refused.getMessage());
    }

    @Test
    void aBatchZipsTheExportableInvoicesAndReportsTheRest() throws IOException {
        Invoice first = issue(simple(acme));
        Invoice draft = fx.invoices.create(simple(acme));
        Invoice second = issue(simple(person));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();

        KsefBatch batch = ksef.fa3Zip(List.of(first.id(), draft.id(), first.id(), 999_999L, second.id()), zip);

        assertEquals(List.of("FS/1/11/2026", "FS/2/11/2026"), batch.exported());
        assertEquals(List.of(draft.id(), 999_999L), batch.skipped().stream().map(KsefBatch.Skipped::invoiceId).toList());
        assertNull(batch.skipped().get(0).number());
        assertTrue(batch.skipped().get(0).reason().contains("draft"), batch.skipped().get(0).reason());
        assertEquals("invoice 999999 does not exist", batch.skipped().get(1).reason());
        Map<String, byte[]> entries = unzip(zip.toByteArray());
        assertEquals(List.of("FS_1_11_2026.xml", "FS_2_11_2026.xml"), List.copyOf(entries.keySet()));
        entries.values().forEach(OfficialFa3::assertValid);
        assertEquals("FS/2/11/2026", text(parse(entries.get("FS_2_11_2026.xml")), "P_2"));
    }

    private Invoice issue(InvoiceDraft draft) {
        return fx.invoices.issue(fx.invoices.create(draft).id());
    }

    private static InvoiceDraft simple(Counterparty buyer) {
        return new InvoiceDraft(null, buyer.id(), null, null, null, null, null, null, null, false, null, null, null,
                List.of(line("Usługa", "1", "100", null, "23")), null);
    }

    private static InvoiceLineDraft line(String name, String quantity, String price, String discount, String rate) {
        return new InvoiceLineDraft(null, name, "szt.", new BigDecimal(quantity), new BigDecimal(price),
                discount == null ? null : new BigDecimal(discount), rate);
    }

    private static Map<String, InvoiceVatTotal> byRate(Invoice invoice) {
        Map<String, InvoiceVatTotal> totals = new LinkedHashMap<>();
        invoice.vatTotals().forEach(total -> totals.put(total.vatRate(), total));
        return totals;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
