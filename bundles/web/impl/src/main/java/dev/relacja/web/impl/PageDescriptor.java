package dev.relacja.web.impl;

import dev.relacja.web.api.WebPage;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A page as the shell's menu receives it from {@code GET /web/pages}. */
public record PageDescriptor(String id, Map<String, String> labels, int menuOrder, List<String> scripts,
        List<String> stylesheets) {

    static PageDescriptor of(WebPage page) {
        return new PageDescriptor(page.id(), new TreeMap<>(page.labels()), page.menuOrder(), List.copyOf(page.scripts()),
                page.stylesheets() == null ? List.of() : List.copyOf(page.stylesheets()));
    }
}
