package dev.relacja.invoicing.impl.printing;

import dev.relacja.core.api.identifiers.Iban;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as Polish printouts show them: a decimal comma and thousands grouped with a no-break space, so
 * that an amount never breaks across lines ("1 234,56", "1 234,56 zł").
 */
final class PolishFormat {
    static final char NO_BREAK_SPACE = '\u00A0';

    private PolishFormat() {
    }

    /** An amount with two decimals: "1 234,56". */
    static String money(BigDecimal amount) {
        return grouped(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** An amount with its currency: "1 234,56 zł", or "1 234,56 EUR" for another currency. */
    static String money(BigDecimal amount, String currency) {
        return money(amount) + NO_BREAK_SPACE + (currency == null || "PLN".equals(currency) ? "zł" : currency);
    }

    /** A quantity or a percentage with the decimals it has and no trailing zeros: "1,5", "10", "1 000". */
    static String decimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return grouped(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    /** A Polish IBAN in groups of four; any other account as it was stored. */
    static String bankAccount(String account) {
        if (account == null || account.isBlank()) {
            return "";
        }
        String iban = Iban.normalize(account);
        return iban.startsWith("PL") && Iban.isValid(iban) ? Iban.formatPolish(iban) : account.strip();
    }

    private static String grouped(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder out = new StringBuilder(value.signum() < 0 ? "-" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(NO_BREAK_SPACE);
            }
            out.append(whole.charAt(i));
        }
        return point < 0 ? out.toString() : out.append(',').append(plain, point + 1, plain.length()).toString();
    }
}
