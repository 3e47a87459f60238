package dev.relacja.invoicing.impl.run;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Watches a piece of work from a thread of its own: every 10 ms the heap it used at most, next to the sum of the
 * heap pools' own peaks (reset at the start; an upper bound, the pools peak at different moments), and every 100 ms
 * the CPU time of every thread (a thread that ends loses its last 100 ms), grouped by name without its number ({@code relacja-documents-render-1} and {@code -2} are one
 * group), so that on a busy machine one still sees what the work cost. The heap figures do not tell live data from
 * garbage not yet collected; the live heap before and after (each after a full GC) tells what the work kept.
 */
final class RunMonitor implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final long gcCountBefore;
    private final long gcMillisBefore;
    private final long liveBefore;
    private final long processCpuBefore;
    private final long compilingBefore;
    private long processCpu;
    private long compiling;
    private final Map<Long, Long> cpuAtStart = new ConcurrentHashMap<>();
    private final Map<Long, Long> cpuLastSeen = new ConcurrentHashMap<>();
    private final Map<Long, String> names = new ConcurrentHashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;
    private long liveAfter;
    private long gcCount;
    private long gcMillis;

    RunMonitor() {
        liveBefore = liveAfterGc();
        gcCountBefore = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        gcMillisBefore = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampleThreads(true);
        processCpuBefore = processCpu();
        compilingBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        sampler = new Thread(this::sample, "bench-monitor");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        for (int tick = 0; running; tick++) {
            peak = Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
            if (tick % 10 == 0) {
                sampleThreads(false);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sampleThreads(boolean start) {
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = THREADS.getThreadCpuTime(info.getThreadId());
            if (cpu < 0) {
                continue;
            }
            names.putIfAbsent(info.getThreadId(), info.getThreadName().replaceAll("[-#]?\\d+$", ""));
            if (start) {
                cpuAtStart.put(info.getThreadId(), cpu);
            }
            cpuLastSeen.put(info.getThreadId(), cpu);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
        sampleThreads(false);
        processCpu = processCpu() - processCpuBefore;
        compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compilingBefore;
        gcCount = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum() - gcCountBefore;
        gcMillis = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum() - gcMillisBefore;
        liveAfter = liveAfterGc();
    }

    /** After {@link #close}: the heap figures, in MB, and the garbage collections meanwhile. */
    String heap() {
        long pooled = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return String.format(Locale.ROOT, "heap peak %,d MB sampled (pools' peaks summed %,d MB), live before %,d MB,"
                + " live after %,d MB, max heap %,d MB; %,d collections, %.1f s", mb(peak), mb(pooled),
                mb(liveBefore), mb(liveAfter), mb(MEMORY.getHeapMemoryUsage().getMax()), gcCount, gcMillis / 1e3);
    }

    /**
     * After {@link #close}: the process's CPU seconds, then by thread group, the busiest first, those under 0.1 s
     * left out; what the JVM's own threads (JIT compilers, GC) used is the process's CPU less the groups', and the
     * JIT's share of it is the compilers' own account (their elapsed time, roughly their CPU).
     */
    String cpu() {
        Map<String, Long> byGroup = new TreeMap<>();
        cpuLastSeen.forEach((id, cpu) -> byGroup.merge(names.get(id), cpu - cpuAtStart.getOrDefault(id, 0L), Long::sum));
        long javaThreads = byGroup.values().stream().mapToLong(Long::longValue).sum();
        return String.format(Locale.ROOT, "process %.1f s, JVM's own threads %.1f s (JIT compiling %.1f s), ",
                processCpu / 1e9, (processCpu - javaThreads) / 1e9, compiling / 1e3) + byGroup.entrySet().stream()
                .filter(e -> e.getValue() >= 100_000_000L)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue() / 1e9))
                .collect(Collectors.joining(", "));
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long liveAfterGc() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
