package dev.relacja.invoicing.impl.run;

import java.math.BigDecimal;

/** What one chunk (or one retried participant) added to a run: counts and the totals of invoices created. */
record ChunkTally(int created, int skipped, int failed, BigDecimal net, BigDecimal vat, BigDecimal gross) {
    static final ChunkTally NONE = new ChunkTally(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    ChunkTally plus(ChunkTally other) {
        return new ChunkTally(created + other.created, skipped + other.skipped, failed + other.failed,
                net.add(other.net), vat.add(other.vat), gross.add(other.gross));
    }
}
