package dev.relacja.core.api.numbering;

import java.util.Objects;

/** A named sequence of document numbers, e.g. {@code FS} with pattern {@code FS/{n}/{MM}/{yyyy}} reset monthly. */
public record NumberingSeries(String code, NumberPattern pattern, ResetPeriod reset) {
    public NumberingSeries {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(reset, "reset");
    }
}
