package dev.relacja.offers.impl.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.documents.api.Printout;
import dev.relacja.documents.impl.DocumentRendererImpl;
import dev.relacja.documents.impl.DocumentRenderers;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.CatalogueItemDraft;
import dev.relacja.invoicing.api.ItemKind;
import dev.relacja.mailbox.api.SendJobRequest;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferLineDraft;
import dev.relacja.offers.api.OfferStatus;
import dev.relacja.offers.api.OfferTexts;
import dev.relacja.offers.api.SerialOffer;
import dev.relacja.offers.api.SerialOfferDraft;
import dev.relacja.offers.api.SerialOfferMember;
import dev.relacja.offers.api.SerialOfferStatus;
import dev.relacja.offers.api.SerialPrice;
import dev.relacja.offers.api.SerialPriceImport;
import dev.relacja.offers.api.SerialSending;
import dev.relacja.offers.impl.OffersFixture;
import dev.relacja.offers.impl.printing.OfferPrintoutProvider;
import dev.relacja.offers.impl.printing.OffersTemplates;
import dev.relacja.offers.impl.printing.PdfText;
import dev.relacja.testing.MutableClock;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Serial offers over the real offers, contacts, catalogue and numbering on Derby, printed by the real renderer; the
 * mailbox's send jobs recorded. A laptop (catalogue 3,000.00 net) and a service (catalogue 500.00 net) offered to
 * customers named "Klient …", on 2026-11-27.
 */
class SerialOffersTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private DocumentRendererImpl renderer;
    private OffersFixture fx;
    private Operator anna;
    private CatalogueItem laptop;
    private CatalogueItem service;

    @BeforeEach
    void setUp() {
        renderer = DocumentRenderers.create();
        DocumentRenderers.register(renderer, new OffersTemplates(), -1, "offers/common.fo.ftl",
                "offers/formal.fo.ftl", "offers/compact.fo.ftl");
        fx = new OffersFixture(clock, renderer);
        anna = fx.operator(2, "anna", Role.OPERATOR);
        fx.as(anna);
        laptop = fx.catalogue.create(new CatalogueItemDraft("LAP-14", "Laptop biznesowy 14\"", ItemKind.GOODS, "szt.",
                new BigDecimal("3000.00"), null, "23", null, null));
        service = fx.catalogue.create(new CatalogueItemDraft("SRV-1", "Serwis roczny", ItemKind.SERVICE, "usł.",
                new BigDecimal("500.00"), null, "23", null, null));
    }

    @AfterEach
    void tearDown() {
        fx.close();
        DocumentRenderers.shutdown(renderer);
    }

    @Test
    void fiveHundredCounterpartiesGetOneOfferEachWithTheirOwnPricesAndOneSendJob() {
        List<Counterparty> customers = customers(500);
        SerialOffer serial = fx.serial.create(new SerialOfferDraft("Laptopy na rok szkolny", content(), List.of(),
                null, "Klient"));
        assertEquals(500, serial.members());
        List<SerialPrice> prices = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            prices.add(new SerialPrice(customers.get(i).id(), laptop.id(), laptopPrice(i)));
            if (i % 10 == 0) {
                prices.add(new SerialPrice(customers.get(i).id(), service.id(), new BigDecimal("99.90")));
            }
        }
        serial = fx.serial.putPrices(serial.id(), serial.version(), prices);

        serial = fx.serial.generate(serial.id(), serial.version());
        assertEquals(SerialOfferStatus.GENERATED, serial.status());
        assertEquals(500, serial.generated());
        assertEquals(0, serial.failed());
        serial = fx.serial.send(serial.id(), serial.version(), SerialSending.DEFAULTS);

        assertEquals(SerialOfferStatus.SENT, serial.status());
        SendJobRequest job = fx.sendJobs.requests.get(0);
        assertEquals(1, fx.sendJobs.requests.size());
        assertEquals("serial-offer:" + serial.id(), job.recordsOf());
        assertEquals("offer", job.template());
        assertEquals("offer", job.recordType());
        List<SerialOfferMember> members = fx.serial.members(serial.id(), new PageRequest(0, 500)).items();
        assertEquals(fx.sendJobs.records.get(serial.sendJobId()),
                members.stream().map(SerialOfferMember::offerId).toList());
        Map<Long, Counterparty> byId = customers.stream().collect(Collectors.toMap(Counterparty::id,
                Function.identity()));
        OfferPrintoutProvider printouts = new OfferPrintoutProvider(fx.store, fx.documents, fx.callers);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            SerialOfferMember member = members.get(i);
            Counterparty customer = customers.get(i);
            assertEquals(customer.id(), member.counterpartyId());
            assertEquals(customer.code(), member.counterpartyCode());
            assertEquals("QUEUED", member.mail());
            Offer offer = fx.store.find(member.offerId()).orElseThrow();
            assertEquals(OfferStatus.SENT, offer.status());
            assertEquals(1, offer.revision());
            assertEquals(customer.id(), offer.counterpartyId());
            assertEquals(laptopPrice(i), offer.lines().get(0).unitPrice());
            assertEquals(i % 10 == 0 ? new BigDecimal("99.90") : new BigDecimal("500.00"),
                    offer.lines().get(1).unitPrice());
            numbers.add(offer.number());
            Printout printout = printouts.printout(offer.id()).orElseThrow();
            assertEquals(customer.id(), printout.counterpartyId());
            String text = PdfText.of(printout.pdf());
            assertTrue(text.contains(byId.get(offer.counterpartyId()).name()), text);
            assertTrue(text.contains(polish(laptopPrice(i))), customer.code() + " " + polish(laptopPrice(i)) + ":\n"
                    + text);
            assertTrue(text.contains(i % 10 == 0 ? "99,90" : "500,00"), text);
            assertTrue(text.contains(offer.number()), text);
        }
        assertEquals(500, numbers.stream().distinct().count());
        assertEquals("OF/1/2026", numbers.get(0));
        assertEquals("OF/500/2026", numbers.get(499));
        assertEquals(500, fx.events.stream().filter(e -> e.startsWith("offers/SENT ")).count());
        assertEquals(500, fx.events.stream().filter(e -> e.startsWith("offers/CREATED ")).count());
    }

    @Test
    void membersAreTheListedOnesThenThoseTheFilterFindsEachOnce() {
        List<Counterparty> customers = customers(3);
        Counterparty other = fx.customer("INNY", "Inna firma Sp. z o.o.");

        SerialOffer serial = fx.serial.create(new SerialOfferDraft("Oferta", content(),
                List.of(other.id(), customers.get(1).id()), null, "Klient"));

        assertEquals(List.of(other.id(), customers.get(1).id(), customers.get(0).id(), customers.get(2).id()),
                fx.serial.members(serial.id(), new PageRequest(0, 10)).items().stream()
                        .map(SerialOfferMember::counterpartyId).toList());
    }

    @Test
    void aDraftsMembersAreChosenAgainOnUpdateAndTheLeaversPricesGoWithThem() {
        List<Counterparty> customers = customers(3);
        SerialOffer serial = fx.serial.create(new SerialOfferDraft("Oferta", content(), List.of(customers.get(0).id(),
                customers.get(1).id()), null, null));
        serial = fx.serial.putPrices(serial.id(), serial.version(), List.of(
                new SerialPrice(customers.get(0).id(), laptop.id(), BigDecimal.TEN),
                new SerialPrice(customers.get(1).id(), laptop.id(), BigDecimal.ONE)));

        SerialOffer changed = fx.serial.update(serial.id(), serial.version(), new SerialOfferDraft("Oferta zimowa",
                content(), List.of(customers.get(2).id(), customers.get(1).id()), null, null));

        assertEquals("Oferta zimowa", changed.name());
        assertEquals(2, changed.members());
        assertTrue(changed.version() > serial.version());
        assertEquals(List.of(customers.get(2).id(), customers.get(1).id()), fx.serial.members(serial.id(),
                new PageRequest(0, 10)).items().stream().map(SerialOfferMember::counterpartyId).toList());
        assertEquals(List.of(new SerialPrice(customers.get(1).id(), laptop.id(), new BigDecimal("1.00"))),
                fx.serial.prices(serial.id()));
        long stale = serial.version();
        assertThrows(StaleVersionException.class, () -> fx.serial.update(changed.id(), stale, new SerialOfferDraft(
                "x", content(), List.of(customers.get(0).id()), null, null)));
        fx.serial.delete(changed.id(), changed.version());
        assertEquals(0, fx.rows("offers_serial_price"));
        assertEquals(0, fx.rows("offers_serial_member"));
    }

    @Test
    void badDraftsAreRefusedNamingEachFieldAndStoreNothing() {
        Counterparty acme = customers(1).get(0);
        Counterparty old = fx.customer("STARY", "Stary klient");
        Counterparty archived = fx.counterparties.archive(old.id(), old.version());
        OfferDraft named = new OfferDraft(acme.id(), null, null, null, null, null, null, content().lines(), null,
                null);
        OfferDraft badLine = new OfferDraft(null, null, null, null, null, null, null, List.of(new OfferLineDraft(
                laptop.id(), null, null, null, new BigDecimal("-1"), null, new BigDecimal("120"), null)), null, null);

        assertFields(() -> fx.serial.create(new SerialOfferDraft(" ", named, List.of(acme.id(), 999_999L,
                archived.id(), acme.id()), null, null)), "name", "counterpartyIds", "counterpartyIds",
                "counterpartyIds", "content.counterpartyId");
        assertFields(() -> fx.serial.create(new SerialOfferDraft("x", badLine, List.of(acme.id()), null, null)),
                "content.lines[0].quantity", "content.lines[0].discountPercent");
        assertFields(() -> fx.serial.create(new SerialOfferDraft("x", content(), List.of(), null, null)),
                "counterpartyIds");
        assertFields(() -> fx.serial.create(new SerialOfferDraft("x", content(), List.of(), "nikt-tak", null)),
                "tag");
        assertFields(() -> fx.serial.create(new SerialOfferDraft("x", null, List.of(acme.id()), null, null)),
                "content");
        assertEquals(0, fx.rows("offers_serial"));
        assertEquals(0, fx.rows("offers_serial_member"));
    }

    @Test
    void aPriceTableNamesMembersAndTheContentsItemsAtSensiblePricesOrChangesNothing() {
        List<Counterparty> customers = customers(2);
        Counterparty outsider = fx.customer("OBCY", "Obcy");
        CatalogueItem notOffered = fx.catalogue.create(new CatalogueItemDraft("X-1", "Inny", ItemKind.GOODS, "szt.",
                BigDecimal.ONE, null, "23", null, null));
        SerialOffer serial = fx.serial.create(new SerialOfferDraft("Oferta", content(), List.of(customers.get(0).id(),
                customers.get(1).id()), null, null));
        long first = customers.get(0).id();
        serial = fx.serial.putPrices(serial.id(), serial.version(), List.of(new SerialPrice(first, laptop.id(),
                new BigDecimal("2500"))));

        long version = serial.version();
        long id = serial.id();
        assertFields(() -> fx.serial.putPrices(id, version, List.of(
                new SerialPrice(outsider.id(), laptop.id(), BigDecimal.TEN),
                new SerialPrice(first, notOffered.id(), BigDecimal.TEN),
                new SerialPrice(first, laptop.id(), new BigDecimal("-1.00")),
                new SerialPrice(first, service.id(), new BigDecimal("1.005")),
                new SerialPrice(customers.get(1).id(), laptop.id(), new BigDecimal("10000000000")),
                new SerialPrice(customers.get(1).id(), service.id(), BigDecimal.ONE),
                new SerialPrice(customers.get(1).id(), service.id(), BigDecimal.TEN))),
                "prices[0].counterpartyId", "prices[1].itemId", "prices[2].unitPrice", "prices[3].unitPrice",
                "prices[4].unitPrice", "prices[6]");
        assertEquals(List.of(new SerialPrice(first, laptop.id(), new BigDecimal("2500.00"))), fx.serial.prices(id));
        assertThrows(StaleVersionException.class, () -> fx.serial.putPrices(id, version - 1, List.of()));
    }

    @Test
    void aPriceFileIsImportedRowByRowWithAReportAndAWrongHeaderImportsNothing() {
        List<Counterparty> customers = customers(2);
        SerialOffer serial = fx.serial.create(new SerialOfferDraft("Oferta", content(), List.of(customers.get(0).id(),
                customers.get(1).id()), null, null));
        String csv = "\uFEFFCounterparty;Item;Price\n"
                + customers.get(0).code() + ";LAP-14;2 499,99\n"
                + customers.get(1).code() + ";LAP-14;dwa tysiące\n"
                + "NIKT;SRV-1;10\n"
                + customers.get(1).code() + ";SRV-1;-5\n"
                + "\n"
                + customers.get(1).code() + ";SRV-1;450\n";

        SerialPriceImport report = fx.serial.importPrices(serial.id(), serial.version(), new StringReader(csv));

        assertEquals(2, report.stored());
        assertEquals(3, report.failed());
        assertEquals(List.of(2L, 3L, 4L, 5L, 7L), report.rows().stream().map(SerialPriceImport.Row::line).toList());
        assertTrue(report.rows().get(1).error().startsWith("price: 'dwa tysiące' is not a number"),
                report.rows().get(1).error());
        assertEquals("counterparty: no counterparty has the code 'NIKT'", report.rows().get(2).error());
        assertEquals("price: -5 is negative", report.rows().get(3).error());
        assertEquals(List.of(new SerialPrice(customers.get(0).id(), laptop.id(), new BigDecimal("2499.99")),
                new SerialPrice(customers.get(1).id(), service.id(), new BigDecimal("450.00"))),
                fx.serial.prices(serial.id()));

        SerialOffer now = fx.serial.find(serial.id()).orElseThrow();
        assertFields(() -> fx.serial.importPrices(now.id(), now.version(), new StringReader("kontrahent,cena\nA,1\n")),
                "header", "header", "header", "header");
        assertEquals(2, fx.serial.prices(serial.id()).size());
    }

    @Test
    void aMemberWhoseOfferIsRefusedIsReportedAndGeneratingAgainRetriesIt() {
        List<Counterparty> customers = customers(3);
        SerialOffer serial = fx.serial.create(new SerialOfferDraft("Oferta", content(), List.of(), null, "Klient"));
        Counterparty archived = fx.counterparties.archive(customers.get(1).id(), customers.get(1).version());

        serial = fx.serial.generate(serial.id(), serial.version());

        assertEquals(2, serial.generated());
        assertEquals(1, serial.failed());
        SerialOfferMember refused = fx.serial.members(serial.id(), new PageRequest(0, 10)).items().get(1);
        assertNull(refused.offerId());
        assertTrue(refused.error().startsWith("counterpartyId: counterparty " + archived.code() + " is archived"),
                refused.error());
        fx.counterparties.restore(archived.id(), archived.version());
        serial = fx.serial.generate(serial.id(), serial.version());
        assertEquals(3, serial.generated());
        assertEquals(0, serial.failed());
        assertEquals(3, fx.rows("offers_offer"));
        long stale = serial.version();
        SerialOffer generated = serial;
        assertThrows(ConflictException.class, () -> fx.serial.putPrices(generated.id(), stale, List.of()));
        assertThrows(ConflictException.class, () -> fx.serial.delete(generated.id(), stale));
    }

    @Test
    void aRefusedSendJobNumbersNothingAndSendingOnceMore() {
        customers(2);
        SerialOffer serial = fx.serial.create(new SerialOfferDraft("Oferta", content(), List.of(), null, "Klient"));
        serial = fx.serial.generate(serial.id(), serial.version());
        long id = serial.id();
        long version = serial.version();

        assertFields(() -> fx.serial.send(id, version, new SerialSending("sprzedaz", null, null, false)),
                "account");
        assertEquals(List.of("DRAFT", "DRAFT"), statuses());
        assertEquals(SerialOfferStatus.GENERATED, fx.serial.find(id).orElseThrow().status());

        SerialOffer sent = fx.serial.send(id, version, new SerialSending("biuro", null, "en", false));
        assertEquals(List.of("SENT", "SENT"), statuses());
        assertNotNull(sent.sendJobId());
        assertEquals("en", fx.sendJobs.requests.get(0).language());
        assertThrows(ConflictException.class, () -> fx.serial.send(id, sent.version(), SerialSending.DEFAULTS));
        assertEquals(1, fx.sendJobs.requests.size());
    }

    @Test
    void viewersReadButDoNotMakeSerialOffers() {
        Counterparty acme = customers(1).get(0);
        SerialOffer serial = fx.serial.create(new SerialOfferDraft("Oferta", content(), List.of(acme.id()), null,
                null));
        fx.as(fx.operator(3, "viewer", Role.VIEWER));

        assertEquals(serial.id(), fx.serial.find(serial.id()).orElseThrow().id());
        assertThrows(AccessDeniedException.class, () -> fx.serial.create(new SerialOfferDraft("Oferta", content(),
                List.of(acme.id()), null, null)));
        assertThrows(AccessDeniedException.class, () -> fx.serial.generate(serial.id(), serial.version()));
    }

    /** The offer each member gets: two laptops and a year's service from the catalogue, at catalogue prices. */
    private OfferDraft content() {
        return new OfferDraft(null, null, null, null, null, null, null, List.of(
                new OfferLineDraft(laptop.id(), null, null, null, new BigDecimal("2"), null, null, null),
                new OfferLineDraft(service.id(), null, null, null, BigDecimal.ONE, null, null, null)), List.of(),
                new OfferTexts("14 dni", null, "Szanowni Państwo, przedstawiamy ofertę.", null, null, null));
    }

    private List<Counterparty> customers(int count) {
        List<Counterparty> customers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            customers.add(fx.customer(String.format("K%04d", i), String.format("Klient %04d Sp. z o.o.", i)));
        }
        return customers;
    }

    /** Each customer's own laptop price: 1,000.01 to 1,499.91, different for each. */
    private static BigDecimal laptopPrice(int i) {
        return new BigDecimal("1000.01").add(BigDecimal.valueOf(i).movePointLeft(2).multiply(BigDecimal.valueOf(100)))
                .add(BigDecimal.valueOf(i % 10).movePointLeft(1)).setScale(2);
    }

    /** A price as the Polish printout writes it: "1 234,56". */
    private static String polish(BigDecimal price) {
        String plain = price.toPlainString().replace('.', ',');
        return plain.length() > 6 ? plain.substring(0, plain.length() - 6) + " " + plain.substring(plain.length() - 6)
                : plain;
    }

    private List<String> statuses() {
        return fx.offers.search(dev.relacja.offers.api.OfferQuery.ALL, new PageRequest(0, 10)).items().stream().map(o -> o.status().name()).toList();
    }

    private static void assertFields(org.junit.jupiter.api.function.Executable call, String... fields) {
        ValidationException refused = assertThrows(ValidationException.class, call);
        assertEquals(List.of(fields), refused.errors().stream().map(FieldError::field).toList(),
                refused.errors().toString());
    }
}
