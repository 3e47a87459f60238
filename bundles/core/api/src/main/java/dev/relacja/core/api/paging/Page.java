package dev.relacja.core.api.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the size of the whole list; the REST form is {@code {"items":[…],"page":0,"size":20,"total":123}}. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
