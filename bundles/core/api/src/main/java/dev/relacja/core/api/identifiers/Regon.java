package dev.relacja.core.api.identifiers;

import java.util.Optional;

/**
 * The Polish statistical business number (REGON): nine digits for a business, or fourteen for one of its
 * local units, which begin with the business's nine. Both end in a weighted mod-11 check digit.
 */
public final class Regon {

    private static final int SHORT_LENGTH = 9;
    private static final int LONG_LENGTH = 14;
    private static final int[] SHORT_WEIGHTS = {8, 9, 2, 3, 4, 5, 6, 7};
    private static final int[] LONG_WEIGHTS = {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};

    private Regon() {
    }

    /** The digits alone: spaces and dashes removed. */
    public static String normalize(String input) {
        return Digits.withoutSeparators(input);
    }

    /** Why the input is not a valid REGON, or empty when it is. */
    public static Optional<String> problem(String input) {
        if (input == null || input.isBlank()) {
            return Optional.of("REGON is missing");
        }
        String regon = normalize(input);
        if (!Digits.onlyAsciiDigits(regon)) {
            return Optional.of("REGON may contain only digits, spaces and dashes");
        }
        if (regon.length() == SHORT_LENGTH) {
            return checksumProblem(regon, SHORT_WEIGHTS);
        }
        if (regon.length() == LONG_LENGTH) {
            if (checksumProblem(regon.substring(0, SHORT_LENGTH), SHORT_WEIGHTS).isPresent()) {
                return Optional.of("REGON of 14 digits must begin with a valid 9-digit REGON");
            }
            return checksumProblem(regon, LONG_WEIGHTS);
        }
        return Optional.of("REGON must have 9 or 14 digits, not " + regon.length());
    }

    /** Whether the input is a valid 9- or 14-digit REGON once normalised. */
    public static boolean isValid(String input) {
        return problem(input).isEmpty();
    }

    private static Optional<String> checksumProblem(String regon, int[] weights) {
        // unlike NIP, REGON maps a remainder of 10 to check digit 0
        int expected = Digits.weightedSum(regon, weights) % 11 % 10;
        return expected == Digits.digitAt(regon, weights.length)
                ? Optional.empty()
                : Optional.of("REGON checksum does not match");
    }
}
