package dev.relacja.core.api.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, always held to two decimal places so that equal amounts are equal
 * records. Arithmetic refuses to mix currencies instead of silently converting.
 */
public record Money(BigDecimal amount, Currency currency) {

    /** The Polish złoty, the default currency of documents. */
    public static final Currency PLN = Currency.getInstance("PLN");

    private static final int SCALE = 2;

    /** Rounds the amount to two decimal places, half up. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** An amount in złoty, such as {@code Money.pln("1234.5")}. */
    public static Money pln(String amount) {
        return new Money(new BigDecimal(amount), PLN);
    }

    /** An amount in the currency with the given ISO 4217 code, such as {@code Money.of("10", "EUR")}. */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /** The sum; both amounts must be in the same currency. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** The difference; both amounts must be in the same currency. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** Whether the amount is zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** The amount and currency code, such as "1234.50 PLN". */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + this + " with " + other + ": currencies differ");
        }
    }
}
