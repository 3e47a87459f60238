package dev.relacja.core.api.identifiers;

import java.util.Optional;

/**
 * The Polish tax identification number (NIP): ten digits, the last a weighted mod-11 check digit.
 * Accepts the forms people type, such as "526-104-08-28" or the EU VAT form "PL5261040828".
 */
public final class Nip {

    private static final int LENGTH = 10;
    private static final int[] WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};

    private Nip() {
    }

    /** The ten digits alone: spaces, dashes and a leading "PL" removed. */
    public static String normalize(String input) {
        String compact = Digits.withoutSeparators(input);
        return compact.regionMatches(true, 0, "PL", 0, 2) ? compact.substring(2) : compact;
    }

    /** Why the input is not a valid NIP, or empty when it is. */
    public static Optional<String> problem(String input) {
        if (input == null || input.isBlank()) {
            return Optional.of("NIP is missing");
        }
        String nip = normalize(input);
        if (!Digits.onlyAsciiDigits(nip)) {
            return Optional.of("NIP may contain only digits, spaces, dashes and a leading PL");
        }
        if (nip.length() != LENGTH) {
            return Optional.of("NIP must have 10 digits, not " + nip.length());
        }
        // a remainder of 10 cannot be a check digit, so such numbers are never issued
        if (Digits.weightedSum(nip, WEIGHTS) % 11 != Digits.digitAt(nip, LENGTH - 1)) {
            return Optional.of("NIP checksum does not match");
        }
        return Optional.empty();
    }

    /** Whether the input is a valid NIP once normalised. */
    public static boolean isValid(String input) {
        return problem(input).isEmpty();
    }
}
