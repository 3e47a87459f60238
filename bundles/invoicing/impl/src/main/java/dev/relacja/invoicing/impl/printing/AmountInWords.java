package dev.relacja.invoicing.impl.printing;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An amount in złoty in Polish words, the way invoices print it: the złoty spelled out by ICU's Polish
 * spellout followed by the noun in the form the number calls for, the grosze in digits —
 * 123.45 → "sto dwadzieścia trzy złote 45/100", 1 → "jeden złoty 00/100", 12 → "dwanaście złotych 00/100".
 */
public final class AmountInWords {

    // ICU spells whole numbers below 10^18 and falls back to digits from there on
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(18);
    // the scale words ICU leaves without a number when it is one ("tysiąc", "milion")
    private static final Set<String> LONE_SCALE_WORDS = Set.of("tysiąc", "milion", "miliard", "bilion", "biliard");
    private static final String MASCULINE = "%spellout-cardinal-masculine";

    // building the rules takes milliseconds, a spellout microseconds: one instance, taking turns (it is not thread-safe)
    private final RuleBasedNumberFormat spellout =
            new RuleBasedNumberFormat(new ULocale("pl"), RuleBasedNumberFormat.SPELLOUT);

    /**
     * @throws IllegalArgumentException for a negative amount, one with more than two decimals, or one of 10^18
     *         złoty and above
     */
    public String format(BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("an amount in words is never negative, not " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount in words has at most 2 decimals, not " + amount.toPlainString());
        }
        if (amount.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("amounts of 10^18 złoty and above are not spelled out: " + amount.toPlainString());
        }
        long zloty = amount.longValue();
        int grosze = amount.subtract(BigDecimal.valueOf(zloty)).movePointRight(2).intValueExact();
        return words(zloty) + " " + noun(zloty) + " " + String.format("%02d/100", grosze);
    }

    /**
     * Financial documents write "jeden tysiąc", "jeden milion" where ICU says "tysiąc", "milion", so that
     * nothing can be written in front of them.
     */
    private String words(long zloty) {
        String spelled;
        synchronized (spellout) {
            spelled = spellout.format(zloty, MASCULINE);
        }
        return Arrays.stream(spelled.split(" "))
                .map(word -> LONE_SCALE_WORDS.contains(word) ? "jeden " + word : word)
                .collect(Collectors.joining(" "));
    }

    /** 1 złoty; 2–4, 22–24, 32–34 … (but 12–14) złote; everything else, 0 included, złotych. */
    static String noun(long zloty) {
        if (zloty == 1) {
            return "złoty";
        }
        long lastDigit = zloty % 10;
        long lastTwo = zloty % 100;
        return lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14) ? "złote" : "złotych";
    }
}
