package dev.relacja.core.api.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResetPeriodTest {

    private static final LocalDate NOVEMBER_2026 = LocalDate.of(2026, 11, 30);
    private static final LocalDate DECEMBER_2026 = LocalDate.of(2026, 12, 1);
    private static final LocalDate JANUARY_2027 = LocalDate.of(2027, 1, 1);

    @Test
    void keysNameThePeriod() {
        assertEquals("2026", ResetPeriod.YEARLY.periodKey(NOVEMBER_2026));
        assertEquals("2026-11", ResetPeriod.MONTHLY.periodKey(NOVEMBER_2026));
        assertEquals("2026-03", ResetPeriod.MONTHLY.periodKey(LocalDate.of(2026, 3, 5)));
        assertEquals("", ResetPeriod.NEVER.periodKey(NOVEMBER_2026));
    }

    @Test
    void yearlyKeyChangesOnlyWithTheYear() {
        assertEquals(ResetPeriod.YEARLY.periodKey(NOVEMBER_2026), ResetPeriod.YEARLY.periodKey(DECEMBER_2026));
        assertNotEquals(ResetPeriod.YEARLY.periodKey(DECEMBER_2026), ResetPeriod.YEARLY.periodKey(JANUARY_2027));
    }

    @Test
    void monthlyKeyChangesWithEveryMonth() {
        assertNotEquals(ResetPeriod.MONTHLY.periodKey(NOVEMBER_2026), ResetPeriod.MONTHLY.periodKey(DECEMBER_2026));
        assertEquals(ResetPeriod.MONTHLY.periodKey(DECEMBER_2026), ResetPeriod.MONTHLY.periodKey(LocalDate.of(2026, 12, 31)));
        // the same month of another year must not continue the old counter
        assertNotEquals(ResetPeriod.MONTHLY.periodKey(NOVEMBER_2026), ResetPeriod.MONTHLY.periodKey(LocalDate.of(2027, 11, 30)));
    }

    @Test
    void neverKeyNeverChanges() {
        assertEquals(ResetPeriod.NEVER.periodKey(NOVEMBER_2026), ResetPeriod.NEVER.periodKey(JANUARY_2027));
    }
}
