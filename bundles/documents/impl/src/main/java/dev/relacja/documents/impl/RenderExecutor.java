package dev.relacja.documents.impl;

import dev.relacja.documents.api.RenderingException;
import dev.relacja.documents.api.RenderingException.Reason;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place Relacja runs threads of its own: a few rendering threads with a bounded queue, so
 * templates (some uploaded by administrators) cannot tie up the callers' threads or the machine. A
 * caller waits at most the time limit (queueing included); a late render is interrupted, which ends
 * FreeMarker's loops (see {@link InterruptibleConfiguration}).
 */
final class RenderExecutor {

    private final ThreadPoolExecutor pool;
    private final int queueCapacity;
    private final Duration timeLimit;

    RenderExecutor(int threads, int queueCapacity, Duration timeLimit) {
        this.queueCapacity = queueCapacity;
        this.timeLimit = timeLimit;
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                queueCapacity == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queueCapacity),
                new RenderThreads(), new ThreadPoolExecutor.AbortPolicy());
    }

    /** Runs the work for the named template on a rendering thread and waits for it, within the limit. */
    <T> T run(String templateName, Callable<T> work) {
        Future<T> future;
        try {
            future = pool.submit(work);
        } catch (RejectedExecutionException e) {
            throw pool.isShutdown() ? stopping(templateName, e)
                    : new RenderingException(Reason.BUSY, templateName, 0, "Too many documents are being rendered at once ("
                            + pool.getMaximumPoolSize() + " running, " + queueCapacity + " waiting); template '"
                            + templateName + "' was not rendered, try again shortly", e);
        }
        try {
            return future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandon(future);
            throw new RenderingException(Reason.TIMEOUT, templateName, 0, "Template '" + templateName
                    + "' did not finish within " + timeLimit.toSeconds() + " s and was stopped; does it loop without end?", e);
        } catch (InterruptedException e) {
            abandon(future);
            Thread.currentThread().interrupt();
            throw new RenderingException(Reason.TIMEOUT, templateName, 0,
                    "Rendering template '" + templateName + "' was abandoned: the waiting thread was interrupted", e);
        } catch (ExecutionException e) {
            // a render interrupted by shutdown fails with whatever the interrupt caused
            throw pool.isShutdown() ? stopping(templateName, e.getCause()) : unwrap(templateName, e.getCause());
        }
    }

    private static RenderingException stopping(String templateName, Throwable cause) {
        return new RenderingException(Reason.BUSY, templateName, 0,
                "Document rendering is stopping; template '" + templateName + "' was not rendered", cause);
    }

    private void abandon(Future<?> future) {
        future.cancel(true);
        if (future instanceof Runnable queued) {
            pool.remove(queued);
        }
    }

    private static RenderingException unwrap(String templateName, Throwable cause) {
        if (cause instanceof RenderingException rendering) {
            return rendering;
        }
        return new RenderingException(Reason.TEMPLATE_ERROR, templateName, 0,
                "Rendering template '" + templateName + "' failed unexpectedly: " + cause, cause);
    }

    /** Stops the threads; renders still running are interrupted. */
    void shutdown() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Daemon threads named after their purpose, with this bundle's class loader as context loader for
     * the libraries it embeds.
     */
    private static final class RenderThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "relacja-documents-render-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(RenderExecutor.class.getClassLoader());
            return thread;
        }
    }
}
