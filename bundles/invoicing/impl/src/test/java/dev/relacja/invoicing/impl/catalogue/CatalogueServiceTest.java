package dev.relacja.invoicing.impl.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.NotAuthenticatedException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.money.VatRate;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.CatalogueItemDraft;
import dev.relacja.invoicing.api.CatalogueQuery;
import dev.relacja.invoicing.api.ItemKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogueServiceTest {
    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    private CatalogueFixture fx;
    private Operator anna;
    private Operator viewer;
    private Operator boss;
    private Operator admin;

    @BeforeEach
    void setUp() {
        fx = new CatalogueFixture(START);
        anna = fx.operator(1, "anna", Role.OPERATOR);
        viewer = fx.operator(2, "wiktor", Role.VIEWER);
        boss = fx.operator(3, "boss", Role.MANAGER);
        admin = fx.operator(4, "admin", Role.ADMIN);
        fx.as(anna);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private static CatalogueItemDraft service(String code, String name, String price) {
        return new CatalogueItemDraft(code, name, ItemKind.SERVICE, "godz.", new BigDecimal(price), null, "23", null, null);
    }

    private static CatalogueItemDraft goods(String code, String name, String price) {
        return new CatalogueItemDraft(code, name, ItemKind.GOODS, "szt.", new BigDecimal(price), "PLN", "8", null, null);
    }

    @Test
    void aNewItemIsStoredActiveInPlnAtScaleTwoAndAnnounced() {
        CatalogueItem item = fx.catalogue.create(new CatalogueItemDraft("  SERW-01 ", " Usługa serwisowa – łączność ",
                ItemKind.SERVICE, "usł.", new BigDecimal("149.9"), null, "23", "gtu_12", "62.02.30.0"));

        assertEquals("SERW-01", item.code());
        assertEquals("Usługa serwisowa – łączność", item.name());
        assertEquals(new BigDecimal("149.90"), item.netPrice());
        assertEquals("PLN", item.currency());
        assertEquals("23", item.vatRate());
        assertEquals(VatRate.R23, item.vat());
        assertEquals("GTU_12", item.gtu());
        assertEquals("62.02.30.0", item.pkwiu());
        assertTrue(item.active());
        assertEquals(item, fx.catalogue.find(item.id()).orElseThrow());
        assertEquals(item, fx.catalogue.findByCode("serw-01").orElseThrow());
        assertEquals(List.of("invoicing/ITEM_CREATED " + item.id()), fx.events);
        assertEquals(1, fx.rows());
    }

    @Test
    void anUpdateReplacesTheFieldsAtTheExpectedVersionOnly() {
        CatalogueItem item = fx.catalogue.create(goods("KABEL-5M", "Kabel sieciowy 5 m", "19.99"));

        CatalogueItem updated = fx.catalogue.update(item.id(), item.version(),
                CatalogueItemDraft.of(item).withPrice(new BigDecimal("21.50"), "zw").withName("Kabel sieciowy kat. 6, 5 m"));

        assertEquals(new BigDecimal("21.50"), updated.netPrice());
        assertEquals("zw", updated.vatRate());
        assertEquals("Kabel sieciowy kat. 6, 5 m", updated.name());
        assertTrue(updated.version() > item.version());
        assertTrue(updated.updatedAt().isAfter(item.updatedAt()));
        assertEquals(item.createdAt(), updated.createdAt());
        assertTrue(fx.events.contains("invoicing/ITEM_UPDATED " + item.id()));

        assertThrows(StaleVersionException.class, () -> fx.catalogue.update(item.id(), item.version(),
                CatalogueItemDraft.of(item).withName("Stara wersja")));
        assertEquals("Kabel sieciowy kat. 6, 5 m", fx.catalogue.find(item.id()).orElseThrow().name());
        assertThrows(NotFoundException.class, () -> fx.catalogue.update(999, 0, CatalogueItemDraft.of(item)));
    }

    @Test
    void aCodeIsUniqueIgnoringCaseOnCreateAndUpdate() {
        CatalogueItem first = fx.catalogue.create(service("ABO-INT", "Abonament internetowy", "99"));
        CatalogueItem second = fx.catalogue.create(service("ABO-TV", "Abonament telewizyjny", "59"));
        long rows = fx.rows();

        ConflictException taken = assertThrows(ConflictException.class,
                () -> fx.catalogue.create(service("abo-int", "Inny abonament", "10")));
        assertEquals("code", taken.field());
        assertTrue(taken.getMessage().contains("ABO-INT"), taken.getMessage());
        assertThrows(ConflictException.class, () -> fx.catalogue.update(second.id(), second.version(),
                CatalogueItemDraft.of(second).withCode("Abo-Int")));
        assertEquals(rows, fx.rows());

        // an item keeps its own code in another case
        CatalogueItem renamed = fx.catalogue.update(first.id(), first.version(), CatalogueItemDraft.of(first).withCode("abo-int"));
        assertEquals("abo-int", renamed.code());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceAndNothingIsStored() {
        long rows = fx.rows();
        ValidationException e = assertThrows(ValidationException.class, () -> fx.catalogue.create(new CatalogueItemDraft(
                "kod z spacją", "", null, "opakowanie zbiorcze", new BigDecimal("10.005"), "EUR", "22", "GTU_14",
                "x".repeat(21))));

        assertEquals(List.of("code", "name", "kind", "unit", "netPrice", "currency", "vatRate", "gtu", "pkwiu"),
                e.errors().stream().map(FieldError::field).toList());
        assertTrue(message(e, "currency").contains("PLN only"), message(e, "currency"));
        assertTrue(message(e, "vatRate").contains("zw"), message(e, "vatRate"));
        assertEquals(rows, fx.rows());
        assertTrue(fx.events.isEmpty());
    }

    @Test
    void pricesAreBoundedAndNeverRoundedSilently() {
        assertFields(List.of("netPrice"), goods("A", "A", "-0.01"));
        assertFields(List.of("netPrice"), goods("A", "A", "0.001"));
        assertFields(List.of("netPrice"), goods("A", "A", "10000000000.00"));
        assertFields(List.of("netPrice"), new CatalogueItemDraft("A", "A", ItemKind.GOODS, "szt.", null, null, "23", null, null));
        assertFields(List.of("code"), goods("X".repeat(33), "A", "1"));
        assertFields(List.of("name"), goods("A", "n".repeat(251), "1"));
        assertFields(List.of("vatRate"), new CatalogueItemDraft("A", "A", ItemKind.GOODS, "szt.", BigDecimal.ONE, null, null, null, null));
        assertEquals(0, fx.rows());

        assertEquals(new BigDecimal("9999999999.99"), fx.catalogue.create(goods("MAX", "Najdroższy", "9999999999.99")).netPrice());
        assertEquals(new BigDecimal("0.00"), fx.catalogue.create(goods("GRATIS", "Gratis", "0")).netPrice());
        assertEquals(new BigDecimal("12.50"), fx.catalogue.create(goods("ZERA", "Zera na końcu", "12.5000")).netPrice());
    }

    @Test
    void badInputToAnUpdateChangesNothing() {
        CatalogueItem item = fx.catalogue.create(goods("TONER", "Toner czarny", "250"));
        assertThrows(ValidationException.class, () -> fx.catalogue.update(item.id(), item.version(),
                CatalogueItemDraft.of(item).withPrice(new BigDecimal("1.234"), "7")));
        assertEquals(item, fx.catalogue.find(item.id()).orElseThrow());
    }

    @Test
    void anArchivedItemStaysReadableButLeavesTheSearchUntilRestored() {
        CatalogueItem item = fx.catalogue.create(goods("ROUTER", "Router Wi-Fi", "399"));
        fx.catalogue.create(goods("SWITCH", "Przełącznik 8 portów", "199"));

        CatalogueItem archived = fx.catalogue.setActive(item.id(), item.version(), false);
        assertFalse(archived.active());
        assertTrue(fx.events.contains("invoicing/ITEM_UPDATED " + item.id()));
        assertThrows(StaleVersionException.class, () -> fx.catalogue.setActive(item.id(), item.version(), true));

        assertEquals(List.of("SWITCH"), codes(fx.catalogue.search(CatalogueQuery.ACTIVE, page(0, 20))));
        assertEquals(List.of("ROUTER"), codes(fx.catalogue.search(new CatalogueQuery(null, null, false, null), page(0, 20))));
        assertEquals(List.of("ROUTER", "SWITCH"), codes(fx.catalogue.search(new CatalogueQuery(null, null, null, null), page(0, 20))));
        assertFalse(fx.catalogue.find(item.id()).orElseThrow().active());
        assertTrue(fx.catalogue.findByCode("router").isPresent());
        assertEquals("ROUTER Router Wi-Fi (archived)",
                new CatalogueRecords(fx.catalogue).title(new RecordRef(CatalogueRecords.ITEM, item.id())).orElseThrow());

        CatalogueItem again = fx.catalogue.setActive(item.id(), archived.version(), false);
        assertEquals(archived.version(), again.version());
        CatalogueItem restored = fx.catalogue.setActive(item.id(), archived.version(), true);
        assertTrue(restored.active());
        assertEquals(List.of("ROUTER", "SWITCH"), codes(fx.catalogue.search(null, page(0, 20))));
    }

    @Test
    void searchFiltersByTextAndKindAndSortsAndPages() {
        fx.catalogue.create(service("WDR-01", "Wdrożenie systemu", "1200"));
        fx.catalogue.create(service("SZK-01", "Szkolenie stanowiskowe", "800"));
        fx.catalogue.create(goods("LIC-01", "Licencja roczna – wdrożeniowa", "450"));
        fx.catalogue.create(goods("LAC-01", "Łącznik kablowy", "12.99"));

        assertEquals(List.of("LIC-01", "WDR-01"), codes(fx.catalogue.search(CatalogueQuery.text("WDROŻ"), page(0, 20))));
        assertEquals(List.of("SZK-01"), codes(fx.catalogue.search(CatalogueQuery.text(" szk-"), page(0, 20))));
        assertEquals(List.of("LAC-01", "LIC-01"),
                codes(fx.catalogue.search(new CatalogueQuery(null, ItemKind.GOODS, true, null), page(0, 20))));

        assertEquals(List.of("LAC-01", "LIC-01", "SZK-01", "WDR-01"), codes(search(null)));
        assertEquals(List.of("WDR-01", "SZK-01", "LIC-01", "LAC-01"), codes(search("-code")));
        assertEquals(List.of("LAC-01", "LIC-01", "SZK-01", "WDR-01"), codes(search("netPrice")));
        assertEquals(List.of("WDR-01", "SZK-01", "LIC-01", "LAC-01"), codes(search("-netPrice")));
        // the database's Polish collation: Ł right after L, not after W as in Unicode order
        assertEquals(List.of("LIC-01", "LAC-01", "SZK-01", "WDR-01"), codes(search("name")));
        assertEquals(List.of("WDR-01", "SZK-01", "LIC-01", "LAC-01"), codes(search("updated")));

        Page<CatalogueItem> second = fx.catalogue.search(CatalogueQuery.ACTIVE, page(1, 3));
        assertEquals(List.of("WDR-01"), codes(second));
        assertEquals(4, second.total());
        Page<CatalogueItem> first = fx.catalogue.search(CatalogueQuery.ACTIVE, page(0, 3));
        assertEquals(List.of("LAC-01", "LIC-01", "SZK-01"), codes(first));
        assertEquals(4, first.total());
        assertEquals(0, fx.catalogue.search(CatalogueQuery.ACTIVE, page(5, 3)).items().size());

        ValidationException badSort = assertThrows(ValidationException.class, () -> search("price"));
        assertEquals("sort", badSort.errors().get(0).field());
    }

    @Test
    void viewersReadAndOperatorsAndAboveChange() {
        CatalogueItem item = fx.catalogue.create(goods("PAPIER", "Papier A4", "25"));

        fx.as(viewer);
        assertTrue(fx.catalogue.find(item.id()).isPresent());
        assertEquals(1, fx.catalogue.search(CatalogueQuery.ACTIVE, page(0, 20)).total());
        long rows = fx.rows();
        assertThrows(AccessDeniedException.class, () -> fx.catalogue.create(goods("X", "X", "1")));
        assertThrows(AccessDeniedException.class, () -> fx.catalogue.update(item.id(), item.version(), CatalogueItemDraft.of(item)));
        assertThrows(AccessDeniedException.class, () -> fx.catalogue.setActive(item.id(), item.version(), false));
        assertEquals(rows, fx.rows());

        fx.anonymous();
        assertThrows(NotAuthenticatedException.class, () -> fx.catalogue.find(item.id()));

        fx.as(boss);
        CatalogueItem byManager = fx.catalogue.update(item.id(), item.version(), CatalogueItemDraft.of(item).withName("Papier A4 80 g"));
        fx.as(admin);
        assertFalse(fx.catalogue.setActive(item.id(), byManager.version(), false).active());
        assertNull(fx.catalogue.find(item.id()).orElseThrow().gtu());
    }

    private void assertFields(List<String> fields, CatalogueItemDraft draft) {
        ValidationException e = assertThrows(ValidationException.class, () -> fx.catalogue.create(draft));
        assertEquals(fields, e.errors().stream().map(FieldError::field).toList(), e.getMessage());
    }

    private Page<CatalogueItem> search(String sort) {
        return fx.catalogue.search(new CatalogueQuery(null, null, true, sort), page(0, 20));
    }

    private static PageRequest page(int page, int size) {
        return new PageRequest(page, size);
    }

    private static List<String> codes(Page<CatalogueItem> page) {
        return page.items().stream().map(CatalogueItem::code).toList();
    }

    private static String message(ValidationException e, String field) {
        return e.errors().stream().filter(f -> f.field().equals(field)).map(FieldError::message).findFirst().orElseThrow();
    }
}
