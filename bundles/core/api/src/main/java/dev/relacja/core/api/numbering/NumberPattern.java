package dev.relacja.core.api.numbering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a series turns its counter and the document date into a document number, such as
 * "FS/{n}/{MM}/{yyyy}" giving "FS/7/11/2026". Tokens: {n} the number, {n:5} the number zero-padded to
 * at least five digits (width 1..9), {yyyy}, {yy}, {MM} and {dd}; anything else outside braces is literal.
 */
public final class NumberPattern {

    private final String pattern;
    private final List<Part> parts;

    private NumberPattern(String pattern, List<Part> parts) {
        this.pattern = pattern;
        this.parts = parts;
    }

    /**
     * Reads a pattern.
     *
     * @throws IllegalArgumentException naming the problem and its position, counted from 1, when the
     *         pattern has an unknown or unclosed token, or not exactly one number token
     */
    public static NumberPattern parse(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        return new NumberPattern(pattern, new Parser(pattern).parts());
    }

    /** The document number for the given counter value and document date. */
    public String format(long number, LocalDate date) {
        if (number < 1) {
            throw new IllegalArgumentException("Document numbers start at 1, got " + number);
        }
        Objects.requireNonNull(date, "date");
        StringBuilder result = new StringBuilder();
        for (Part part : parts) {
            result.append(part.render(number, date));
        }
        return result.toString();
    }

    /**
     * A warning when numbers of this pattern would repeat under the given reset period: a monthly reset
     * needs {MM}, and any reset needs a year token, or else a restarted counter reproduces earlier numbers.
     */
    public Optional<String> warningFor(ResetPeriod reset) {
        Objects.requireNonNull(reset, "reset");
        List<String> missing = new ArrayList<>();
        if (reset == ResetPeriod.MONTHLY && !parts.contains(DateField.MONTH)) {
            missing.add("{MM}");
        }
        if (reset != ResetPeriod.NEVER && !parts.contains(DateField.YEAR) && !parts.contains(DateField.SHORT_YEAR)) {
            missing.add("{yyyy} or {yy}");
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Numbers restart " + reset.name().toLowerCase(Locale.ROOT) + " but pattern " + pattern
                + " has no " + String.join(" and no ", missing) + ", so the same number would be issued twice");
    }

    /** The pattern as written. */
    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NumberPattern that && pattern.equals(that.pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    /** A piece of the pattern that renders itself. */
    private interface Part {
        String render(long number, LocalDate date);
    }

    private record Literal(String text) implements Part {
        @Override
        public String render(long number, LocalDate date) {
            return text;
        }
    }

    /** The counter; width 0 means no padding. */
    private record Counter(int width) implements Part {
        @Override
        public String render(long number, LocalDate date) {
            String digits = Long.toString(number);
            return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
        }
    }

    private enum DateField implements Part {
        YEAR("yyyy"), SHORT_YEAR("yy"), MONTH("MM"), DAY("dd");

        private final String token;

        DateField(String token) {
            this.token = token;
        }

        static Optional<DateField> forToken(String token) {
            for (DateField field : values()) {
                if (field.token.equals(token)) {
                    return Optional.of(field);
                }
            }
            return Optional.empty();
        }

        @Override
        public String render(long number, LocalDate date) {
            return switch (this) {
                case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
                case SHORT_YEAR -> String.format(Locale.ROOT, "%02d", Math.floorMod(date.getYear(), 100));
                case MONTH -> String.format(Locale.ROOT, "%02d", date.getMonthValue());
                case DAY -> String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
            };
        }
    }

    /** Splits a pattern into literals and tokens, reporting the first mistake with its position. */
    private static final class Parser {

        private final String pattern;
        private final List<Part> parts = new ArrayList<>();
        private int counterPosition;

        Parser(String pattern) {
            this.pattern = pattern;
        }

        List<Part> parts() {
            int index = 0;
            while (index < pattern.length()) {
                int open = pattern.indexOf('{', index);
                int literalEnd = open < 0 ? pattern.length() : open;
                addLiteral(index, literalEnd);
                if (open < 0) {
                    break;
                }
                int close = pattern.indexOf('}', open);
                int nextOpen = pattern.indexOf('{', open + 1);
                if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                    throw problem("'{' is not closed", open);
                }
                addToken(pattern.substring(open + 1, close), open);
                index = close + 1;
            }
            if (counterPosition == 0) {
                throw new IllegalArgumentException("Pattern '" + pattern + "' has no number token {n} or {n:width}");
            }
            return List.copyOf(parts);
        }

        private void addLiteral(int start, int end) {
            int strayClose = pattern.indexOf('}', start);
            if (strayClose >= 0 && strayClose < end) {
                throw problem("'}' has no matching '{'", strayClose);
            }
            if (start < end) {
                parts.add(new Literal(pattern.substring(start, end)));
            }
        }

        private void addToken(String token, int open) {
            if (token.equals("n") || token.startsWith("n:")) {
                if (counterPosition != 0) {
                    throw problem("a second number token {" + token + "}; the first is at position "
                            + counterPosition, open);
                }
                counterPosition = open + 1;
                parts.add(new Counter(token.equals("n") ? 0 : width(token, open)));
                return;
            }
            parts.add(DateField.forToken(token)
                    .orElseThrow(() -> problem("unknown token {" + token
                            + "}; known tokens are {n}, {n:width}, {yyyy}, {yy}, {MM} and {dd}", open)));
        }

        private int width(String token, int open) {
            String width = token.substring(2);
            if (!width.matches("[1-9]")) {
                throw problem("the padding width in {" + token + "} must be a digit from 1 to 9", open);
            }
            return Integer.parseInt(width);
        }

        private IllegalArgumentException problem(String what, int index) {
            return new IllegalArgumentException("Pattern '" + pattern + "', position " + (index + 1) + ": " + what);
        }
    }
}
