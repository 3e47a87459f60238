package dev.relacja.invoicing.impl.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.contacts.api.Address;
import dev.relacja.contacts.api.Addresses;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyKind;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.company.CompanyProfileService;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotAuthenticatedException;
import dev.relacja.core.api.numbering.ResetPeriod;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.documents.api.RenderingException;
import dev.relacja.documents.api.TemplateProvider;
import dev.relacja.documents.impl.DocumentRendererImpl;
import dev.relacja.documents.impl.DocumentRenderers;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceDraft;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.InvoiceLineDraft;
import dev.relacja.invoicing.api.InvoicePrintouts;
import dev.relacja.invoicing.api.PaymentMethod;
import dev.relacja.invoicing.impl.invoice.InvoiceFixture;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Invoices and collection letters issued through the real services, printed by the real renderer, read back. */
class InvoicePrintoutsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private static final String PARTNER_TEMPLATE = "partner/invoice-b2b.fo.ftl";

    private static DocumentRendererImpl renderer;

    private InvoiceFixture fx;
    private Operator anna;
    private Operator viewer;
    private Counterparty acme;
    private InvoicePrintoutsImpl printouts;

    @BeforeAll
    static void startRenderer() {
        renderer = DocumentRenderers.create();
        DocumentRenderers.register(renderer, new InvoicingTemplates(), -1, InvoicingTemplates.COMMON,
                InvoicePrintouts.INVOICE_TEMPLATE, InvoicePrintouts.PAYMENT_REMINDER_TEMPLATE,
                InvoicePrintouts.BALANCE_CONFIRMATION_TEMPLATE);
    }

    @AfterAll
    static void stopRenderer() {
        DocumentRenderers.shutdown(renderer);
    }

    @BeforeEach
    void setUp() {
        fx = new InvoiceFixture(CLOCK);
        anna = fx.operator(2, "anna", Role.OPERATOR);
        viewer = fx.operator(5, "wiktor", Role.VIEWER);
        fx.as(anna);
        acme = fx.counterparties.create(new CounterpartyDraft("ACME", "Acme Sp. z o.o.", CounterpartyKind.COMPANY,
                "5260250274", null, new Addresses(new Address("ul. Polna 5", "30-001", "Kraków", "PL"), null),
                List.of(), List.of(), null, null, 14, false, List.of(), null, null));
        printouts = printouts(PrintTemplates.BUILT_IN);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aSalesInvoiceCarriesItsPartiesTheTotalsPerRateAndTheAmountDueInWords() {
        Invoice invoice = issue(draft(acme.id(), List.of(
                line("Usługa programistyczna", "godz.", "10", "150.00", null, "23"),
                line("Książka", "szt.", "2", "45.50", null, "5"),
                line("Catering", "usł.", "1", "200.00", "10", "8"),
                line("Szkolenie BHP", "usł.", "1", "500.00", null, "zw")))
                .withPayment(PaymentMethod.TRANSFER, true));

        String text = PdfText.of(asViewer().invoicePdf(invoice.id()));

        assertContains(text, "Faktura VAT nr FS/1/11/2026", "Data wystawienia 27.11.2026", "Data sprzedaży 27.11.2026",
                "Sprzedawca", "Relacja Sp. z o.o.", "ul. Długa 1", "00-001 Warszawa", "NIP: 7740001454",
                "Nabywca", "Acme Sp. z o.o.", "ul. Polna 5", "30-001 Kraków", "NIP: 5260250274",
                "1 Usługa programistyczna godz. 10 150,00 1 500,00 23% 1 845,00",
                "3 Catering usł. 1 200,00 10 180,00 8% 194,40",
                // the VAT table: net, VAT and gross per rate, then the totals
                "23% 1 500,00 345,00 1 845,00", "8% 180,00 14,40 194,40", "5% 91,00 4,55 95,55",
                "zw 500,00 0,00 500,00", "Razem 2 271,00 363,95 2 634,95",
                "Do zapłaty: 2 634,95 zł", "Słownie: dwa tysiące sześćset trzydzieści cztery złote 95/100",
                "Sposób płatności przelew", "Termin płatności 11.12.2026",
                "Numer rachunku PL61 1090 1014 0000 0712 1981 2874", "mechanizm podzielonej płatności");
        assertFalse(text.contains("pro forma"), text);
        assertFalse(text.contains("odwrotne obciążenie"), text);
    }

    @Test
    void withoutSplitPaymentTheMppWordsAreLeftOutAndAPartPaymentLowersTheAmountDue() {
        Invoice invoice = issue(draft(acme.id(), List.of(line("Usługa", "usł.", "1", "1000.00", null, "23"))));
        fx.invoices.registerPayment(invoice.id(), new BigDecimal("230.00"), TODAY, PaymentMethod.TRANSFER);

        String text = PdfText.of(asViewer().invoicePdf(invoice.id()));

        assertContains(text, "Razem 1 000,00 230,00 1 230,00", "Zapłacono: 230,00 zł", "Do zapłaty: 1 000,00 zł",
                "Słownie: jeden tysiąc złotych 00/100");
        assertFalse(text.contains("mechanizm podzielonej płatności"), text);
    }

    @Test
    void aProFormaSaysItIsNotAVatInvoiceAndAServicePeriodReplacesTheSaleDate() {
        Invoice proForma = issue(new InvoiceDraft(InvoiceKind.PRO_FORMA, acme.id(), null, null,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, null, null, false, "Zaliczka na szkolenie",
                null, null, List.of(line("Szkolenie", "usł.", "1", "100.00", null, "23")), null));

        String text = PdfText.of(asViewer().invoicePdf(proForma.id()));

        assertContains(text, "Faktura pro forma nr PF/1/2026", "Okres świadczenia usług 01.11.2026 – 30.11.2026",
                "nie jest fakturą VAT", "Do zapłaty: 123,00 zł", "sto dwadzieścia trzy złote 00/100",
                "Uwagi Zaliczka na szkolenie");
        assertFalse(text.contains("Data sprzedaży"), text);
        assertFalse(text.contains("mechanizm podzielonej płatności"), text);
    }

    @Test
    void aReverseChargeInvoiceSaysSo() {
        Invoice invoice = issue(draft(acme.id(), List.of(line("Złom stalowy", "kg", "1000", "1.20", null, "oo"))));

        assertContains(PdfText.of(asViewer().invoicePdf(invoice.id())), "oo 1 200,00 0,00 1 200,00",
                "odwrotne obciążenie");
    }

    @Test
    void aDraftPrintsWithoutANumberAndACancelledInvoiceWithAMark() {
        Invoice draft = fx.invoices.create(simpleDraft());
        Invoice cancelled = fx.invoices.cancel(issue(simpleDraft()).id());

        String draftText = PdfText.of(asViewer().invoicePdf(draft.id()));
        assertContains(draftText, "PROJEKT", "nie jest fakturą", "Relacja Sp. z o.o.", "Acme Sp. z o.o.",
                "Do zapłaty: 123,00 zł");
        assertFalse(draftText.contains(" nr "), draftText);
        assertContains(PdfText.of(printouts.invoicePdf(cancelled.id())), "ANULOWANA", "Faktura VAT nr FS/1/11/2026");
    }

    @Test
    void anIssuedInvoiceHeldInMemoryPrintsWithoutLookingAnythingUp() {
        Invoice invoice = issue(simpleDraft());
        InvoicePrintoutsImpl noLookups = new InvoicePrintoutsImpl(fx.invoices, fx.store, refusing(CounterpartyService.class),
                refusing(CompanyProfileService.class), fx.callers, renderer, PrintTemplates.BUILT_IN, CLOCK);

        assertContains(PdfText.of(noLookups.pdf(invoice)), "Faktura VAT nr FS/1/11/2026", "Acme Sp. z o.o.");
    }

    @Test
    void printingNeedsSomeoneSignedIn() {
        Invoice invoice = issue(simpleDraft());
        assertTrue(asViewer().invoicePdf(invoice.id()).length > 0);
        InvoicePrintoutsImpl signedOut = new InvoicePrintoutsImpl(fx.invoices, fx.store, fx.counterparties, fx.company,
                Optional::empty, renderer, PrintTemplates.BUILT_IN, CLOCK);
        assertThrows(NotAuthenticatedException.class, () -> signedOut.invoicePdf(invoice.id()));
    }

    @Test
    void aPaymentReminderListsTheOverdueInvoicesWithTheirTotal() {
        Invoice late = issue(draft(acme.id(), List.of(line("Abonament październik", "mies.", "1", "500", null, "23")))
                .withDates(LocalDate.of(2026, 10, 1), null, LocalDate.of(2026, 10, 15)));
        Invoice partlyPaid = issue(draft(acme.id(), List.of(line("Serwis", "usł.", "1", "1000", null, "23")))
                .withDates(LocalDate.of(2026, 11, 2), null, LocalDate.of(2026, 11, 16)));
        fx.invoices.registerPayment(partlyPaid.id(), new BigDecimal("230.00"), TODAY, PaymentMethod.TRANSFER);
        Invoice notYetDue = issue(draft(acme.id(), List.of(line("Abonament listopad", "mies.", "1", "500", null, "23"))));

        String text = PdfText.of(asViewer().paymentReminderPdf(acme.id(), null));

        assertContains(text, "Ponaglenie zapłaty", "Warszawa, 27.11.2026", "Wierzyciel", "Relacja Sp. z o.o.", "Dłużnik",
                "Acme Sp. z o.o.", "na dzień 27.11.2026",
                late.number() + " 01.10.2026 15.10.2026 43 615,00 615,00",
                partlyPaid.number() + " 02.11.2026 16.11.2026 11 1 230,00 1 000,00",
                "Łącznie do zapłaty: 1 615,00 zł", "Słownie: jeden tysiąc sześćset piętnaście złotych 00/100",
                "PL61 1090 1014 0000 0712 1981 2874");
        assertFalse(text.contains(notYetDue.number()), text);
    }

    @Test
    void aPaymentReminderWithNothingOverdueIsRefused() {
        issue(draft(acme.id(), List.of(line("Abonament", "mies.", "1", "500", null, "23"))));

        ConflictException refused = assertThrows(ConflictException.class,
                () -> asViewer().paymentReminderPdf(acme.id(), TODAY));
        assertTrue(refused.getMessage().contains("Acme Sp. z o.o. has no invoices overdue on 2026-11-27"),
                refused.getMessage());
    }

    @Test
    void aBalanceConfirmationListsWhatTheCounterpartyOwedOnTheDay() {
        LocalDate endOfOctober = LocalDate.of(2026, 10, 31);
        Invoice unpaid = issueOn(LocalDate.of(2026, 10, 1), "100");           // 123.00, owed
        Invoice paidInOctober = issueOn(LocalDate.of(2026, 10, 5), "200");    // paid 20.10: not owed on 31.10
        fx.invoices.registerPayment(paidInOctober.id(), paidInOctober.gross(), LocalDate.of(2026, 10, 20),
                PaymentMethod.TRANSFER);
        Invoice paidInNovember = issueOn(LocalDate.of(2026, 10, 10), "300");  // 369.00, paid after the day: owed
        fx.invoices.registerPayment(paidInNovember.id(), paidInNovember.gross(), LocalDate.of(2026, 11, 10),
                PaymentMethod.TRANSFER);
        Invoice partlyPaid = issueOn(LocalDate.of(2026, 10, 15), "400");      // 492.00 less 92.00 paid in October
        fx.invoices.registerPayment(partlyPaid.id(), new BigDecimal("92.00"), LocalDate.of(2026, 10, 16),
                PaymentMethod.TRANSFER);
        Invoice november = issueOn(LocalDate.of(2026, 11, 5), "500");         // issued after the day
        Invoice cancelled = fx.invoices.cancel(issueOn(LocalDate.of(2026, 10, 20), "600").id());
        Invoice proForma = issue(new InvoiceDraft(InvoiceKind.PRO_FORMA, acme.id(), LocalDate.of(2026, 10, 2), null,
                null, null, null, null, null, false, null, null, null,
                List.of(line("Zaliczka", "usł.", "1", "700", null, "23")), null));

        String text = PdfText.of(asViewer().balanceConfirmationPdf(acme.id(), endOfOctober));

        assertContains(text, "Potwierdzenie salda na dzień 31.10.2026", "Warszawa, 27.11.2026",
                unpaid.number() + " 01.10.2026", paidInNovember.number() + " 10.10.2026",
                partlyPaid.number() + " 15.10.2026 29.10.2026 492,00 400,00",
                "Saldo: 892,00 zł", "osiemset dziewięćdziesiąt dwa złote 00/100",
                "Potwierdzamy zgodność salda na dzień 31.10.2026 w kwocie 892,00 zł", "Nie potwierdzamy zgodności salda",
                "Przyczyny niezgodności", "Data, pieczęć i podpis dłużnika");
        for (Invoice absent : List.of(paidInOctober, november, cancelled, proForma)) {
            assertFalse(text.contains(absent.number()), absent.number() + " in " + text);
        }
    }

    @Test
    void aBalanceConfirmationWithNothingOwedConfirmsAZeroBalance() {
        String text = PdfText.of(asViewer().balanceConfirmationPdf(acme.id(), null));

        assertContains(text, "Potwierdzenie salda na dzień 27.11.2026", "wynosi 0,00 zł",
                "nie mają Państwo wobec nas nierozliczonych faktur", "zero złotych 00/100");
    }

    @Test
    void aSeriesPrintsWithTheTemplateTheConfigurationNamesForIt() {
        Invoice b2b = issueInSeriesFsb();
        Invoice ordinary = issue(simpleDraft());
        TemplateProvider partner = name -> Optional.of("<#import \"/documents/layout.fo.ftl\" as layout>"
                + "<@layout.document title=\"B2B\"><@layout.paragraph>Faktura B2B ${invoice.number} dla ${buyer.name}:"
                + " ${amountDue}, ${amountInWords}</@layout.paragraph></@layout.document>");
        DocumentRenderers.register(renderer, partner, 0, PARTNER_TEMPLATE);
        printouts = printouts(seriesTemplates("FSB=" + PARTNER_TEMPLATE));
        try {
            assertContains(PdfText.of(asViewer().invoicePdf(b2b.id())),
                    "Faktura B2B FSB/1/2026 dla Acme Sp. z o.o.: 123,00 zł, sto dwadzieścia trzy złote 00/100");
            assertContains(PdfText.of(printouts.invoicePdf(ordinary.id())), "Faktura VAT nr FS/1/11/2026");
        } finally {
            DocumentRenderers.unregister(renderer, partner);
        }
    }

    @Test
    void aPartnerTemplateOfTheBuiltInNameWinsByItsRanking() {
        Invoice invoice = issue(simpleDraft());
        TemplateProvider partner = name -> Optional.of("<#import \"/documents/layout.fo.ftl\" as layout>"
                + "<@layout.document title=\"Partner\"><@layout.paragraph>Faktura partnera ${invoice.number}"
                + "</@layout.paragraph></@layout.document>");
        DocumentRenderers.register(renderer, partner, 10, InvoicePrintouts.INVOICE_TEMPLATE);
        try {
            assertContains(PdfText.of(asViewer().invoicePdf(invoice.id())), "Faktura partnera FS/1/11/2026");
        } finally {
            DocumentRenderers.unregister(renderer, partner);
        }
    }

    @Test
    void aTemplateNoProviderOffersIsAClearErrorNamingTheConfiguration() {
        Invoice b2b = issueInSeriesFsb();
        printouts = printouts(seriesTemplates("FSB=partner/missing.fo.ftl"));

        RenderingException missing = assertThrows(RenderingException.class,
                () -> asViewer().invoicePdf(b2b.id()));

        assertEquals(RenderingException.Reason.UNKNOWN_TEMPLATE, missing.reason());
        assertEquals("partner/missing.fo.ftl", missing.templateName());
        assertContains(missing.getMessage(), "No template provider offers partner/missing.fo.ftl",
                "invoices of series FSB", "dev.relacja.invoicing.printing");
    }

    @Test
    void theModelsOfferThePlaceholdersTheReadmeDocuments() {
        Invoice invoice = issue(simpleDraft());
        PartyView party = new PartyView("Acme", "", List.of());

        assertEquals(Set.of("title", "invoice", "seller", "buyer", "counterparty", "lines", "vatTotals", "amountDue",
                "amountInWords"), PrintModels.invoice(invoice, party, party, new AmountInWords()).keySet());
        assertEquals(Set.of("title", "seller", "counterparty", "place", "asOf", "printedOn", "invoices", "amountDue",
                "amountInWords", "bankAccount"), PrintModels.collections("Ponaglenie zapłaty", party, party, null, TODAY,
                TODAY, List.of(), BigDecimal.ZERO, null, new AmountInWords()).keySet());
    }

    private InvoicePrintoutsImpl printouts(PrintTemplates templates) {
        return new InvoicePrintoutsImpl(fx.invoices, fx.store, fx.counterparties, fx.company, fx.callers, renderer,
                templates, CLOCK);
    }

    private static PrintTemplates seriesTemplates(String entry) {
        return PrintTemplates.configured(InvoicePrintouts.INVOICE_TEMPLATE, new String[] {entry},
                InvoicePrintouts.PAYMENT_REMINDER_TEMPLATE, InvoicePrintouts.BALANCE_CONFIRMATION_TEMPLATE);
    }

    private InvoicePrintoutsImpl asViewer() {
        fx.as(viewer);
        return printouts;
    }

    private Invoice issue(InvoiceDraft draft) {
        return fx.invoices.issue(fx.invoices.create(draft).id());
    }

    /** One line of 100.00 net at 23 %: 123.00 gross. */
    private InvoiceDraft simpleDraft() {
        return draft(acme.id(), List.of(line("Usługa", "usł.", "1", "100", null, "23")));
    }

    /** A simple invoice in the series FSB, which an admin defines first. */
    private Invoice issueInSeriesFsb() {
        fx.as(fx.operator(1, "root", Role.ADMIN));
        fx.numbers.define("FSB", "FSB/{n}/{yyyy}", ResetPeriod.YEARLY);
        fx.as(anna);
        return issue(simpleDraft().withSeries("FSB"));
    }

    /** A 23 % invoice of one line at {@code net}, issued on {@code day} and due 14 days later. */
    private Invoice issueOn(LocalDate day, String net) {
        return issue(draft(acme.id(), List.of(line("Usługa", "usł.", "1", net, null, "23")))
                .withDates(day, null, day.plusDays(14)));
    }

    private static InvoiceDraft draft(long counterpartyId, List<InvoiceLineDraft> lines) {
        return new InvoiceDraft(null, counterpartyId, null, null, null, null, null, null, null, false, null, null, null,
                lines, null);
    }

    private static InvoiceLineDraft line(String name, String unit, String quantity, String price, String discount,
            String rate) {
        return new InvoiceLineDraft(null, name, unit, new BigDecimal(quantity), new BigDecimal(price),
                discount == null ? null : new BigDecimal(discount), rate);
    }

    /** A service every call of which fails the test. */
    private static <T> T refusing(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(InvoicePrintoutsTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    throw new AssertionError("printing an issued invoice called " + type.getSimpleName() + "."
                            + method.getName());
                }));
    }

    private static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), "'" + part + "' missing from: " + text);
        }
    }
}
