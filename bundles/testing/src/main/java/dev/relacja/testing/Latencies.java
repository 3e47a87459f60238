package dev.relacja.testing;

import java.util.Arrays;

/** Median and 95th percentile (nearest rank) of repeated timings, in milliseconds. */
public record Latencies(double medianMs, double p95Ms, int runs) {

    public static Latencies of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        long p95 = sorted[(int) Math.ceil(0.95 * n) - 1];
        return new Latencies(median / 1e6, p95 / 1e6, n);
    }
}
