package dev.relacja.invoicing.impl.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.core.api.error.ValidationException;
import dev.relacja.invoicing.api.BillingTiming;
import dev.relacja.invoicing.api.CatchUpPolicy;
import dev.relacja.invoicing.api.CyclicScheme;
import dev.relacja.invoicing.api.FrequencyUnit;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.PaymentMethod;
import dev.relacja.invoicing.impl.run.BillingCalendar.Period;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillingCalendarTest {

    @Test
    void monthlyInAdvanceIsIssuedOnTheIssueDayOfEachPeriodsMonth() {
        List<Period> periods = BillingCalendar.due(scheme(1, FrequencyUnit.MONTHS, BillingTiming.IN_ADVANCE, "5",
                LocalDate.of(2026, 1, 1), null), LocalDate.of(2026, 3, 31));
        assertEquals(List.of(
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 5)),
                new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 5)),
                new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 5))), periods);
    }

    @Test
    void theLastDayFollowsEachMonthsLength() {
        List<Period> periods = BillingCalendar.due(scheme(1, FrequencyUnit.MONTHS, BillingTiming.IN_ADVANCE, "last",
                LocalDate.of(2028, 1, 1), null), LocalDate.of(2028, 4, 30));
        assertEquals(List.of(LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31),
                LocalDate.of(2028, 4, 30)), periods.stream().map(Period::issueDate).toList());
        // the 31st of a short month is its last day
        assertEquals(LocalDate.of(2026, 2, 28), BillingCalendar.due(scheme(1, FrequencyUnit.MONTHS,
                BillingTiming.IN_ADVANCE, "31", LocalDate.of(2026, 2, 1), null), LocalDate.of(2026, 2, 28))
                .get(0).issueDate());
    }

    @Test
    void inArrearsIsIssuedOnTheFirstIssueDayAfterThePeriodEnds() {
        List<Period> periods = BillingCalendar.due(scheme(1, FrequencyUnit.MONTHS, BillingTiming.IN_ARREARS, "1",
                LocalDate.of(2026, 10, 1), null), LocalDate.of(2026, 12, 1));
        assertEquals(List.of(
                new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1)),
                new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1))), periods);
        // a period starting mid-month ends mid-month; its invoice waits for the next issue day
        Period mid = BillingCalendar.due(scheme(1, FrequencyUnit.MONTHS, BillingTiming.IN_ARREARS, "1",
                LocalDate.of(2026, 10, 15), null), LocalDate.of(2026, 12, 31)).get(0);
        assertEquals(new Period(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 14), LocalDate.of(2026, 12, 1)), mid);
    }

    @Test
    void quartersYearsWeeksAndDays() {
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1)),
                BillingCalendar.due(scheme(1, FrequencyUnit.QUARTERS, BillingTiming.IN_ADVANCE, "1",
                        LocalDate.of(2026, 1, 1), null), LocalDate.of(2026, 9, 30)).stream().map(Period::from).toList());
        Period year = BillingCalendar.due(scheme(1, FrequencyUnit.YEARS, BillingTiming.IN_ADVANCE, "1",
                LocalDate.of(2026, 1, 1), null), LocalDate.of(2026, 12, 31)).get(0);
        assertEquals(LocalDate.of(2026, 12, 31), year.to());
        List<Period> fortnights = BillingCalendar.due(scheme(2, FrequencyUnit.WEEKS, BillingTiming.IN_ARREARS, null,
                LocalDate.of(2026, 11, 2), null), LocalDate.of(2026, 11, 30));
        assertEquals(List.of(new Period(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 16)),
                new Period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30))),
                fortnights);
        assertEquals(10, BillingCalendar.due(scheme(3, FrequencyUnit.DAYS, BillingTiming.IN_ADVANCE, null,
                LocalDate.of(2026, 1, 1), null), LocalDate.of(2026, 1, 30)).size());
    }

    @Test
    void aJanuaryThirtyFirstAnchorComesBackAfterFebruary() {
        List<Period> periods = BillingCalendar.due(scheme(1, FrequencyUnit.MONTHS, BillingTiming.IN_ADVANCE, "1",
                LocalDate.of(2026, 1, 31), null), LocalDate.of(2026, 3, 31));
        assertEquals(List.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31)),
                periods.stream().map(Period::from).toList());
        assertEquals(LocalDate.of(2026, 3, 30), periods.get(1).to());
    }

    @Test
    void periodsStopAtTheSchemesEndAndAtTheDate() {
        assertEquals(2, BillingCalendar.due(scheme(1, FrequencyUnit.MONTHS, BillingTiming.IN_ADVANCE, "1",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)), LocalDate.of(2027, 1, 1)).size());
        assertTrue(BillingCalendar.due(scheme(1, FrequencyUnit.MONTHS, BillingTiming.IN_ADVANCE, "10",
                LocalDate.of(2026, 1, 1), null), LocalDate.of(2026, 1, 9)).isEmpty());
    }

    @Test
    void aRunawaySchemeIsRefusedRatherThanPlannedForever() {
        ValidationException e = assertThrows(ValidationException.class, () -> BillingCalendar.due(
                scheme(1, FrequencyUnit.DAYS, BillingTiming.IN_ADVANCE, null, LocalDate.of(1990, 1, 1), null),
                LocalDate.of(2026, 1, 1)));
        assertTrue(e.getMessage().contains("more than 10000"), e.getMessage());
    }

    static CyclicScheme scheme(int every, FrequencyUnit unit, BillingTiming timing, String issueDay, LocalDate from,
            LocalDate until) {
        return new CyclicScheme(1, "Abonament", InvoiceKind.SALES, "FS", every, unit, timing, issueDay, null, from,
                until, PaymentMethod.TRANSFER, false, null, CatchUpPolicy.ISSUE_ALL, List.of(), 0, null, null, 0);
    }
}
