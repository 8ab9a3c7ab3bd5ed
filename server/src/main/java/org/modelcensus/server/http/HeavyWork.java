package org.modelcensus.server.http;

import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A bounded pool for work that costs seconds and memory (workbook generation, re-evaluation):
 * at most {@code size} jobs run at once, none waits in a queue, and a job beyond that is refused
 * at once with a 503 and {@code Retry-After}, so a burst cannot exhaust the heap while small
 * routes keep answering on the server's own threads.
 *
 * <p>Example: {@code CompletableFuture<byte[]> f = heavy.submit(() -> build()); ctx.future(() -> f.thenAccept(ctx::result));}
 */
public final class HeavyWork implements AutoCloseable {
    /** Seconds a refused client is told to wait. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private final int size;
    private final Semaphore slots;
    private final ExecutorService pool;

    public HeavyWork(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("the heavy-work pool needs at least one thread, not " + size);
        }
        this.size = size;
        this.slots = new Semaphore(size);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(size, r -> {
            Thread t = new Thread(r, "census-heavy-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs a job on the pool, or throws a 503 {@link HttpResponseException} (with {@code Retry-After})
     * when all slots are taken. The slot is held until the job ends, whether it succeeds or fails.
     */
    public <T> CompletableFuture<T> submit(Supplier<T> job) {
        if (!slots.tryAcquire()) {
            throw busy();
        }
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return job.get();
                } finally {
                    slots.release();
                }
            }, pool);
        } catch (RejectedExecutionException e) {
            slots.release();
            throw busy();
        }
    }

    /** Slots free right now. */
    public int available() {
        return slots.availablePermits();
    }

    private HttpResponseException busy() {
        return new HttpResponseException(503, "the server is busy: all " + size + " heavy-work slots (workbooks, "
                + "evaluations) are in use; retry in " + RETRY_AFTER_SECONDS + " s",
                Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
