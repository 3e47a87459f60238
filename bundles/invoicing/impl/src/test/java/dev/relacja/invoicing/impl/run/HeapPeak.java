package dev.relacja.invoicing.impl.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;

/**
 * The heap a piece of work used at most: sampled every 10 ms on a thread of its own, next to the sum of the heap
 * pools' own peaks (reset at the start; an upper bound, the pools peak at different moments). Neither tells live
 * data from garbage not yet collected; the live heap before and after (each after a full GC) tells what the work kept.
 */
final class HeapPeak implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final long before;
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;

    HeapPeak() {
        before = liveAfterGc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampler = new Thread(this::sample, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }

    /** After {@link #close}: the figures, in MB. */
    String report() {
        long pooled = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return String.format(Locale.ROOT, "heap peak %,d MB sampled (pools' peaks summed %,d MB), live before %,d MB,"
                + " live after %,d MB, max heap %,d MB", mb(peak), mb(pooled), mb(before), mb(liveAfterGc()),
                mb(MEMORY.getHeapMemoryUsage().getMax()));
    }

    private static long liveAfterGc() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
