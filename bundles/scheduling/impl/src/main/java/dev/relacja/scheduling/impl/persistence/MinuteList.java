package dev.relacja.scheduling.impl.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reminder lead times as stored: ascending minutes, comma-separated; empty for none. */
final class MinuteList {
    private MinuteList() {
    }

    static String encode(List<Integer> minutes) {
        return minutes.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Integer> decode(String text) {
        return text == null || text.isEmpty() ? List.of()
                : Arrays.stream(text.split(",")).map(Integer::valueOf).sorted().toList();
    }
}
