package dev.relacja.core.api.identifiers;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * International bank account numbers (ISO 13616) of the EU/EEA countries, the United Kingdom and
 * Switzerland: country code, two mod-97 check digits, and a domestic number of the country's fixed length.
 */
public final class Iban {

    private static final Map<String, Integer> LENGTH_BY_COUNTRY = new TreeMap<>(Map.ofEntries(
            Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CH", 21),
            Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18),
            Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27),
            Map.entry("GB", 22), Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28),
            Map.entry("IE", 22), Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("LI", 21),
            Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MT", 31),
            Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25),
            Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24)));

    /** Compiled once: invoice runs check the seller's account on every invoice. */
    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("[A-Z0-9]+");
    private static final Pattern COUNTRY_AND_CHECK_DIGITS = Pattern.compile("[A-Z]{2}[0-9]{2}.*");
    private static final String POLAND = "PL";
    private static final int GROUP_SIZE = 4;

    private Iban() {
    }

    /** The IBAN in its electronic form: upper case, without spaces or dashes. */
    public static String normalize(String input) {
        return Digits.withoutSeparators(input).toUpperCase(Locale.ROOT);
    }

    /** Why the input is not a valid IBAN of a supported country, or empty when it is. */
    public static Optional<String> problem(String input) {
        if (input == null || input.isBlank()) {
            return Optional.of("IBAN is missing");
        }
        String iban = normalize(input);
        if (!LETTERS_AND_DIGITS.matcher(iban).matches()) {
            return Optional.of("IBAN may contain only letters, digits, spaces and dashes");
        }
        if (!COUNTRY_AND_CHECK_DIGITS.matcher(iban).matches()) {
            return Optional.of("IBAN must begin with a two-letter country code and two check digits");
        }
        String country = iban.substring(0, 2);
        Integer expectedLength = LENGTH_BY_COUNTRY.get(country);
        if (expectedLength == null) {
            return Optional.of("IBAN country " + country + " is not supported; supported: "
                    + String.join(", ", LENGTH_BY_COUNTRY.keySet()));
        }
        if (iban.length() != expectedLength) {
            return Optional.of(country + " IBAN must have " + expectedLength + " characters, not " + iban.length());
        }
        // 00, 01 and 99 can satisfy mod 97 but the standard never issues them
        int checkDigits = Integer.parseInt(iban.substring(2, 4));
        if (checkDigits < 2 || checkDigits > 98) {
            return Optional.of("IBAN check digits must be between 02 and 98");
        }
        if (mod97(iban.substring(4) + iban.substring(0, 4)) != 1) {
            return Optional.of("IBAN checksum does not match");
        }
        return Optional.empty();
    }

    /** Whether the input is a valid IBAN of a supported country once normalised. */
    public static boolean isValid(String input) {
        return problem(input).isEmpty();
    }

    /**
     * The printed form of a Polish IBAN, in groups of four: "PL61 1090 1014 0000 0712 1981 2874".
     *
     * @throws IllegalArgumentException when the input is not a valid Polish IBAN
     */
    public static String formatPolish(String input) {
        problem(input).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        String iban = normalize(input);
        if (!iban.startsWith(POLAND)) {
            throw new IllegalArgumentException("Not a Polish IBAN: " + iban.substring(0, 2));
        }
        StringBuilder grouped = new StringBuilder(iban.length() + iban.length() / GROUP_SIZE);
        for (int start = 0; start < iban.length(); start += GROUP_SIZE) {
            if (start > 0) {
                grouped.append(' ');
            }
            grouped.append(iban, start, Math.min(start + GROUP_SIZE, iban.length()));
        }
        return grouped.toString();
    }

    // letters count as 10..35; folding digit by digit keeps the 30-odd digit number within an int
    private static int mod97(String rearranged) {
        int remainder = 0;
        for (char c : rearranged.toCharArray()) {
            int value = Character.digit(c, 36);
            remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
        }
        return remainder;
    }
}
