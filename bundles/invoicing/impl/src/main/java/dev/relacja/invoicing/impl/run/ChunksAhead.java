package dev.relacja.invoicing.impl.run;

import dev.relacja.invoicing.impl.run.RunPlanner.Work;
import java.security.AccessController;
import java.security.PrivilegedAction;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.security.auth.Subject;

/**
 * A scheme's plan in chunks, each prepared on a thread of its own while the one before is written: looking up
 * counterparties and checking drafts needs no transaction and writes nothing, so it overlaps the previous chunk's
 * transaction instead of waiting for it. One chunk is prepared at a time, in order, as the operator the run's
 * thread acts as.
 */
final class ChunksAhead implements AutoCloseable {
    private final List<Work> plan;
    private final int chunkSize;
    private final StepPreparer preparer;
    private final Subject operator;
    private final ExecutorService thread;
    private int taken;
    private Future<List<RunStep>> next;

    @SuppressWarnings("removal") // Subject.getSubject: Karaf 4.4's JAAS Subjects still travel this way on Java 17
    ChunksAhead(List<Work> plan, int chunkSize, StepPreparer preparer, long runId) {
        this.plan = plan;
        this.chunkSize = chunkSize;
        this.preparer = preparer;
        this.operator = Subject.getSubject(AccessController.getContext());
        this.thread = Executors.newSingleThreadExecutor(work -> {
            Thread preparing = new Thread(work, "relacja-invoice-run-" + runId + "-prepare");
            preparing.setDaemon(true);
            return preparing;
        });
    }

    boolean hasNext() {
        return taken * chunkSize < plan.size();
    }

    /** The next chunk's steps, once prepared; the chunk after it starts preparing meanwhile. */
    List<RunStep> next() {
        Future<List<RunStep>> current = next != null ? next : prepare(taken);
        taken++;
        next = hasNext() ? prepare(taken) : null;
        try {
            return current.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing the next chunk", e);
        }
    }

    private Future<List<RunStep>> prepare(int chunk) {
        List<Work> works = plan.subList(chunk * chunkSize, Math.min(plan.size(), (chunk + 1) * chunkSize));
        return thread.submit(() -> asOperator(() -> preparer.prepare(works)));
    }

    @SuppressWarnings("removal") // Subject.doAs, as above
    private List<RunStep> asOperator(PrivilegedAction<List<RunStep>> work) {
        return operator == null ? work.run() : Subject.doAs(operator, work);
    }

    /** Drops a chunk prepared ahead that will not be written (the run stopped or failed). */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
