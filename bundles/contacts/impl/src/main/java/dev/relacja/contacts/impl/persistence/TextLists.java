package dev.relacja.contacts.impl.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** How multi-valued fields sit in one column: lines for e-mails and phones, ",a,b," for tags. */
final class TextLists {
    private TextLists() {
    }

    static String lines(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join("\n", values);
    }

    static List<String> fromLines(String column) {
        return column == null || column.isEmpty() ? List.of() : List.of(column.split("\n"));
    }

    static String tags(List<String> tags) {
        return tags == null || tags.isEmpty() ? "" : tags.stream().collect(Collectors.joining(",", ",", ","));
    }

    static List<String> fromTags(String column) {
        return column == null || column.isEmpty() ? List.of()
                : Arrays.stream(column.split(",")).filter(t -> !t.isEmpty()).toList();
    }
}
