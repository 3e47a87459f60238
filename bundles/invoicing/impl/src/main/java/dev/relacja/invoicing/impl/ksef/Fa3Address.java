package dev.relacja.invoicing.impl.ksef;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An address as FA(3) holds it: a country code (KodKraju) and one or two lines (AdresL1, AdresL2). */
record Fa3Address(String country, String line1, String line2) {
    private static final String POLAND = "PL";
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    /**
     * The address in an invoice party's lines, which issuing writes as the street, "postal code city" and, for
     * an address outside Poland only, the country's ISO code last; empty when no line is left but a country.
     */
    static Optional<Fa3Address> of(List<String> lines) {
        String country = POLAND;
        List<String> rest = lines;
        if (!lines.isEmpty() && COUNTRY.matcher(lines.get(lines.size() - 1)).matches()) {
            country = lines.get(lines.size() - 1).toUpperCase(Locale.ROOT);
            rest = lines.subList(0, lines.size() - 1);
        }
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        String line2 = rest.size() == 1 ? null : String.join(", ", rest.subList(1, rest.size()));
        return Optional.of(new Fa3Address(country, rest.get(0), line2));
    }
}
