package dev.relacja.invoicing.impl.run;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Where a run spends its time, without a profiler: the services a run is built with are wrapped in proxies that
 * add up the time of each method ({@code prefix.method}) and count the calls. A call made on several threads at
 * once adds each thread's time.
 */
final class PhaseTimes {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

    /** {@code target} behind a proxy of {@code type} that times each of its methods under {@code prefix}. */
    <T> T timed(Class<T> type, T target, String prefix) {
        Object proxy = Proxy.newProxyInstance(PhaseTimes.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> {
                    long start = System.nanoTime();
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        String key = prefix + "." + method.getName();
                        nanos.computeIfAbsent(key, k -> new LongAdder()).add(System.nanoTime() - start);
                        calls.computeIfAbsent(key, k -> new LongAdder()).increment();
                    }
                });
        return type.cast(proxy);
    }

    double seconds(String key) {
        LongAdder total = nanos.get(key);
        return total == null ? 0 : total.sum() / 1e9;
    }

    void reset() {
        nanos.clear();
        calls.clear();
    }

    /** Every timed method: seconds and calls, by name. */
    String summary() {
        return new TreeMap<>(nanos).entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f s (%,d calls)", e.getKey(), e.getValue().sum() / 1e9,
                        calls.get(e.getKey()).sum()))
                .collect(Collectors.joining("; "));
    }
}
