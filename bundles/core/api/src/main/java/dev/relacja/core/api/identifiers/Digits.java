package dev.relacja.core.api.identifiers;

import java.util.regex.Pattern;

/** Checksum arithmetic shared by the identifiers that are strings of digits. */
final class Digits {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    private Digits() {
    }

    /** Removes the separators people type between groups of characters: whitespace and dashes. */
    static String withoutSeparators(String input) {
        return SEPARATORS.matcher(input).replaceAll("");
    }

    // Character.isDigit would also accept non-ASCII digits, which no registry issues
    static boolean onlyAsciiDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Sum of each leading digit multiplied by the weight at the same position. */
    static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    static int digitAt(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
