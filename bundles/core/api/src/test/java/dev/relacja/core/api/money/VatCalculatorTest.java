package dev.relacja.core.api.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class VatCalculatorTest {

    @Test
    void computesVatOncePerRateNotPerLine() {
        List<VatLine> lines = List.of(net("0.33", VatRate.R23), net("0.33", VatRate.R23), net("0.33", VatRate.R23));

        VatSummary summary = VatCalculator.summarize(PriceBasis.NET, Money.PLN, lines);

        // each line alone would round 0.0759 up to 0.08, three of them to 0.24
        BigDecimal perLineVat = new BigDecimal("0.33").multiply(new BigDecimal("0.23"))
                .setScale(2, RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(3));
        assertEquals(amount("0.24"), perLineVat);
        assertEquals(amount("0.23"), summary.vat());
        assertNotEquals(perLineVat, summary.vat());
        assertTotals(summary, "0.99", "0.23", "1.22");
    }

    @Test
    void derivesNetFromGross() {
        VatSummary summary = VatCalculator.summarize(PriceBasis.GROSS, Money.PLN, List.of(net("123.00", VatRate.R23)));

        assertTotals(summary, "100.00", "23.00", "123.00");
    }

    @Test
    void roundsVatExtractedFromGrossHalfUp() {
        // 100 * 23 / 123 = 18.699...
        VatSummary summary = VatCalculator.summarize(PriceBasis.GROSS, Money.PLN, List.of(net("100", VatRate.R23)));

        assertTotals(summary, "81.30", "18.70", "100.00");
    }

    @Test
    void extractsVatFromGrossOncePerRate() {
        // per line 1.00 gross holds 0.19 VAT, three lines 0.57; the rate's 3.00 holds 0.56
        List<VatLine> lines = List.of(net("1.00", VatRate.R23), net("1.00", VatRate.R23), net("1.00", VatRate.R23));

        VatSummary summary = VatCalculator.summarize(PriceBasis.GROSS, Money.PLN, lines);

        assertTotals(summary, "2.44", "0.56", "3.00");
    }

    @Test
    void listsMixedRatesInRateOrderAndSumsThem() {
        List<VatLine> lines = List.of(
                net("50.00", VatRate.ZW), net("10.00", VatRate.R5), net("100.00", VatRate.R23),
                net("20.00", VatRate.R8), net("0.50", VatRate.R23));

        VatSummary summary = VatCalculator.summarize(PriceBasis.NET, Money.PLN, lines);

        assertEquals(List.of(
                total(VatRate.R23, "100.50", "23.12", "123.62"),
                total(VatRate.R8, "20.00", "1.60", "21.60"),
                total(VatRate.R5, "10.00", "0.50", "10.50"),
                total(VatRate.ZW, "50.00", "0.00", "50.00")), summary.perRate());
        assertTotals(summary, "180.50", "25.22", "205.72");
    }

    @ParameterizedTest
    @EnumSource(value = VatRate.class, names = {"R0", "ZW", "NP", "OO"})
    void untaxedRatesCarryNoVatOnEitherBasis(VatRate rate) {
        List<VatLine> lines = List.of(net("99.99", rate));

        assertTotals(VatCalculator.summarize(PriceBasis.NET, Money.PLN, lines), "99.99", "0.00", "99.99");
        assertTotals(VatCalculator.summarize(PriceBasis.GROSS, Money.PLN, lines), "99.99", "0.00", "99.99");
    }

    @Test
    void keepsUntaxedRatesApartInTheTable() {
        List<VatLine> lines = List.of(net("1", VatRate.OO), net("2", VatRate.NP), net("3", VatRate.ZW), net("4", VatRate.R0));

        VatSummary summary = VatCalculator.summarize(PriceBasis.NET, Money.PLN, lines);

        assertEquals(List.of(VatRate.R0, VatRate.ZW, VatRate.NP, VatRate.OO),
                summary.perRate().stream().map(VatRateTotal::rate).toList());
        assertTotals(summary, "10.00", "0.00", "10.00");
    }

    @ParameterizedTest(name = "{0} net at {1}% gives {2} VAT")
    @CsvSource({
            "1.50, 23, 0.35", // exactly 0.345: half up, where half even would give 0.34
            "1.49, 23, 0.34",
            "10.50, 5, 0.53", // exactly 0.525
            "0.10, 5, 0.01", // exactly 0.005
            "0.09, 5, 0.00", // 0.0045
            "0.0625, 8, 0.00", // unrounded 0.0625 would give exactly 0.005, but the line counts as 0.06
    })
    void roundsVatHalfUp(String net, String rateCode, String expectedVat) {
        VatSummary summary = VatCalculator.summarize(PriceBasis.NET, Money.PLN, List.of(net(net, VatRate.fromCode(rateCode))));

        assertEquals(amount(expectedVat), summary.vat());
    }

    @ParameterizedTest(name = "line value {0} counts as {1}")
    @CsvSource({"10.005, 10.01", "10.0049, 10.00", "-10.005, -10.01"})
    void roundsLineValuesHalfUpBeforeSumming(String lineValue, String expectedNet) {
        VatSummary summary = VatCalculator.summarize(PriceBasis.NET, Money.PLN, List.of(net(lineValue, VatRate.R0)));

        assertEquals(amount(expectedNet), summary.net());
    }

    @Test
    void roundsEachLineBeforeAddingThem() {
        // 0.004 three times is 0.012 unrounded, but each line is worth 0.00 on the invoice
        List<VatLine> lines = List.of(net("0.004", VatRate.R23), net("0.004", VatRate.R23), net("0.004", VatRate.R23));

        assertTotals(VatCalculator.summarize(PriceBasis.NET, Money.PLN, lines), "0.00", "0.00", "0.00");
    }

    @Test
    void handlesCorrectionsWithNegativeValues() {
        List<VatLine> lines = List.of(net("100.00", VatRate.R23), net("-1.50", VatRate.R23));

        assertTotals(VatCalculator.summarize(PriceBasis.NET, Money.PLN, lines), "98.50", "22.66", "121.16");
    }

    @Test
    void emptyDocumentHasZeroTotals() {
        VatSummary summary = VatCalculator.summarize(PriceBasis.NET, Money.PLN, List.of());

        assertTrue(summary.perRate().isEmpty());
        assertTotals(summary, "0.00", "0.00", "0.00");
    }

    @Test
    void summaryCarriesTheCurrencyAndCannotBeAltered() {
        VatSummary summary = VatCalculator.summarize(PriceBasis.NET, Currency.getInstance("EUR"),
                List.of(net("1", VatRate.R23)));

        assertEquals("EUR", summary.currency().getCurrencyCode());
        assertThrows(UnsupportedOperationException.class, () -> summary.perRate().clear());
    }

    @Test
    void summarySortsRatesAndCopiesTheList() {
        List<VatRateTotal> totals = new ArrayList<>(List.of(
                total(VatRate.ZW, "1.00", "0.00", "1.00"), total(VatRate.R23, "1.00", "0.23", "1.23")));
        VatSummary summary = new VatSummary(Money.PLN, totals, amount("2.00"), amount("0.23"), amount("2.23"));

        totals.clear();

        assertEquals(List.of(VatRate.R23, VatRate.ZW), summary.perRate().stream().map(VatRateTotal::rate).toList());
    }

    @Test
    void rejectsMissingArguments() {
        assertThrows(NullPointerException.class, () -> new VatLine(null, VatRate.R23));
        assertThrows(NullPointerException.class, () -> new VatLine(BigDecimal.ONE, null));
        assertThrows(NullPointerException.class, () -> VatCalculator.summarize(null, Money.PLN, List.of()));
        assertThrows(NullPointerException.class, () -> VatCalculator.summarize(PriceBasis.NET, null, List.of()));
        assertThrows(NullPointerException.class, () -> VatCalculator.summarize(PriceBasis.NET, Money.PLN, null));
    }

    private static VatLine net(String value, VatRate rate) {
        return new VatLine(new BigDecimal(value), rate);
    }

    private static VatRateTotal total(VatRate rate, String net, String vat, String gross) {
        return new VatRateTotal(rate, amount(net), amount(vat), amount(gross));
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    private static void assertTotals(VatSummary summary, String net, String vat, String gross) {
        assertEquals(amount(net), summary.net(), "net");
        assertEquals(amount(vat), summary.vat(), "vat");
        assertEquals(amount(gross), summary.gross(), "gross");
    }
}
