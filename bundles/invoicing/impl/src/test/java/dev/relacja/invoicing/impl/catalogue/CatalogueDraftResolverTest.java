package dev.relacja.invoicing.impl.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.money.VatRate;
import dev.relacja.invoicing.api.CatalogueItemDraft;
import dev.relacja.invoicing.api.ItemKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogueDraftResolverTest {
    private static final CatalogueItemDraft VALID = new CatalogueItemDraft("USL/2026.1_a-b", "Usługa", ItemKind.SERVICE,
            "godz.", new BigDecimal("100"), null, "23", null, null);

    @Test
    void aValidDraftIsNormalised() {
        CatalogueFields fields = CatalogueDraftResolver.resolve(new CatalogueItemDraft(" K1 ", " Kabel ", ItemKind.GOODS,
                " m ", new BigDecimal("3.1"), " pln ", " 8% ", " gtu_07 ", "  "));
        assertEquals("K1", fields.code());
        assertEquals("Kabel", fields.name());
        assertEquals("m", fields.unit());
        assertEquals(new BigDecimal("3.10"), fields.netPrice());
        assertEquals("PLN", fields.currency());
        assertEquals(VatRate.R8, fields.vatRate());
        assertEquals("GTU_07", fields.gtu());
        assertNull(fields.pkwiu());
        assertEquals("USL/2026.1_a-b", CatalogueDraftResolver.resolve(VALID).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"23", "8", "5", "0", "zw", "np", "oo", "ZW"})
    void everyRateTheCoreKnowsIsAccepted(String code) {
        assertEquals(VatRate.fromCode(code), CatalogueDraftResolver.resolve(VALID.withPrice(BigDecimal.TEN, code)).vatRate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GTU_00", "GTU_14", "GTU_1", "01", "GTU-01"})
    void onlyGtu01To13AreAccepted(String gtu) {
        assertEquals(List.of("gtu"), fields(VALID.withClassification(gtu, null)));
    }

    @Test
    void gtu13AndPkwiuOfTwentyCharactersAreAccepted() {
        CatalogueFields fields = CatalogueDraftResolver.resolve(VALID.withClassification("GTU_13", "1".repeat(20)));
        assertEquals("GTU_13", fields.gtu());
        assertEquals(20, fields.pkwiu().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kod spacja", "KÓD", "a+b", "123456789012345678901234567890123"})
    void badCodesAreRefused(String code) {
        assertEquals("code", fields(VALID.withCode(code)).get(0));
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertEquals(List.of("code", "name", "kind", "unit", "netPrice", "vatRate"),
                fields(new CatalogueItemDraft(null, " ", null, null, null, null, null, null, null)));
        assertThrows(ValidationException.class, () -> CatalogueDraftResolver.resolve(null));
    }

    @Test
    void aPriceBothNegativeAndTooPreciseIsNamedTwice() {
        assertEquals(List.of("netPrice", "netPrice"), fields(VALID.withPrice(new BigDecimal("-0.001"), "23")));
    }

    private static List<String> fields(CatalogueItemDraft draft) {
        ValidationException e = assertThrows(ValidationException.class, () -> CatalogueDraftResolver.resolve(draft));
        return e.errors().stream().map(FieldError::field).toList();
    }
}
