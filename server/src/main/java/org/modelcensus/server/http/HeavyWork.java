package org.modelcensus.server.http;

import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A bounded pool for work that costs seconds and memory (workbook generation, re-evaluation):
 * at most {@code size} jobs run at once and at most {@code queue} more wait (holding no memory
 * until they run); a job beyond that is refused at once with a 503 and {@code Retry-After}, so a
 * burst cannot exhaust the heap while small routes keep answering on the server's own threads.
 * A job also reserves the heap it is estimated to need from the pool's {@link MemoryBudget#jobBytes()}
 * before it runs (waiting while others hold it); one that could never fit is refused at once with a 413
 * naming the limit. Identical jobs submitted through {@link #submitShared} while one runs or waits share its result.
 *
 * <p>Example: {@code CompletableFuture<byte[]> f = heavy.submit(() -> build()); ctx.future(() -> f.thenAccept(ctx::result));}
 */
public final class HeavyWork implements AutoCloseable {
    /** Seconds a refused client is told to wait. */
    public static final int RETRY_AFTER_SECONDS = 5;
    /** Jobs a server lets wait per running slot: a flood of distinct workbooks queues a few seconds, not minutes. */
    public static final int QUEUE_PER_SLOT = 4;

    /** Heap a server needs besides its heavy jobs (data, caches, small requests), measured under bench/load.sh. */
    public static final long BASE_HEAP_BYTES = 96L << 20;
    /** Heap one heavy job may need: a workbook takes under 64 MiB; an evaluation within its limits more. */
    public static final long JOB_HEAP_BYTES = 192L << 20;

    private final int size;
    private final int queue;
    private final Semaphore admitted;
    private final MemoryBudget budget;
    /** Heap that running jobs may still reserve, in MiB. */
    private final Semaphore memory;
    private final ExecutorService pool;
    private final Map<Object, CompletableFuture<?>> shared = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    /** A pool of {@code size} slots and no queue: a job finding every slot taken gets 503. */
    public HeavyWork(int size) {
        this(size, 0);
    }

    /** A pool of {@code size} slots and {@code queue} places to wait in, with the budget of this JVM's heap. */
    public HeavyWork(int size, int queue) {
        this(size, queue, MemoryBudget.ofThisHeap());
    }

    /** A pool of {@code size} slots and {@code queue} places to wait in; running jobs share {@code budget.jobBytes()}. */
    public HeavyWork(int size, int queue, MemoryBudget budget) {
        if (size <= 0 || queue < 0) {
            throw new IllegalArgumentException("the heavy-work pool needs at least one thread and a queue of 0 or "
                    + "more, not " + size + " and " + queue);
        }
        this.size = size;
        this.queue = queue;
        this.admitted = new Semaphore(size + queue);
        this.budget = budget;
        this.memory = new Semaphore(mib(budget.jobBytes()), true);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(size, r -> {
            Thread t = new Thread(r, "census-heavy-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The server's pool: {@code size} slots, {@link #QUEUE_PER_SLOT} waiting places per slot, the heap's budget. */
    public static HeavyWork forServer(int size) {
        return new HeavyWork(size, size * QUEUE_PER_SLOT, MemoryBudget.ofThisHeap());
    }

    /** The memory budget the pool's jobs share. */
    public MemoryBudget budget() {
        return budget;
    }

    /** How many of {@code requested} slots a heap of {@code maxHeap} bytes holds, at least one: e.g. 2 for 512 MiB. */
    public static int slotsFitting(int requested, long maxHeap) {
        long fit = (maxHeap - BASE_HEAP_BYTES) / JOB_HEAP_BYTES;
        return (int) Math.max(1, Math.min(requested, fit));
    }

    /**
     * Runs a job on the pool, or throws a 503 {@link HttpResponseException} (with {@code Retry-After})
     * when every slot and waiting place is taken. The place is held until the job ends, whether it succeeds or fails.
     */
    public <T> CompletableFuture<T> submit(Supplier<T> job) {
        return submit(JOB_HEAP_BYTES, job);
    }

    /**
     * As {@link #submit(Supplier)} for a job estimated to need {@code bytes} of heap, which it reserves
     * before it runs; a 413 {@link HttpResponseException} when that is more than all jobs may hold.
     */
    public <T> CompletableFuture<T> submit(long bytes, Supplier<T> job) {
        if (stopping) {
            throw stoppingNow();
        }
        int need = mib(bytes);
        if (need > mib(budget.jobBytes())) {
            throw new HttpResponseException(413, "this needs about " + need + " MiB of memory, more than the server "
                    + "allows one job: " + budget.describe(), Map.of());
        }
        if (!admitted.tryAcquire()) {
            throw busy();
        }
        try {
            return CompletableFuture.supplyAsync(() -> {
                memory.acquireUninterruptibly(need);
                try {
                    return job.get();
                } finally {
                    memory.release(need);
                    admitted.release();
                }
            }, pool);
        } catch (RejectedExecutionException e) {
            admitted.release();
            throw busy();
        }
    }

    /**
     * Like {@link #submit}, but a job whose {@code key} equals that of a job still running or waiting
     * takes no place: it gets that job's result. The key must name everything the result depends on.
     */
    public <T> CompletableFuture<T> submitShared(Object key, Supplier<T> job) {
        return submitShared(key, JOB_HEAP_BYTES, job);
    }

    /** As {@link #submitShared(Object, Supplier)} for a job estimated to need {@code bytes} of heap. */
    @SuppressWarnings("unchecked") // a key is only ever submitted with jobs of one result type
    public <T> CompletableFuture<T> submitShared(Object key, long bytes, Supplier<T> job) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<?> running = shared.putIfAbsent(key, mine);
        if (running != null) {
            // A copy: one client giving up (cancelling) must not cancel the others' answer.
            return ((CompletableFuture<T>) running).copy();
        }
        try {
            submit(bytes, job).whenComplete((value, failure) -> {
                if (failure != null) {
                    mine.completeExceptionally(failure);
                } else {
                    mine.complete(value);
                }
                shared.remove(key, mine);
            });
        } catch (RuntimeException busy) {
            shared.remove(key, mine);
            throw busy;
        }
        return mine.copy();
    }

    private static int mib(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (bytes + (1 << 20) - 1) >> 20));
    }

    /** Running slots free right now. */
    public int available() {
        return Math.max(0, admitted.availablePermits() - queue);
    }

    /**
     * Refuses new jobs from now on with a 503 (the server is stopping); jobs already accepted run on,
     * within the graceful stop's deadline.
     */
    public void stopAccepting() {
        stopping = true;
    }

    private HttpResponseException stoppingNow() {
        return new HttpResponseException(503, "the server is stopping: it takes no new heavy work (workbooks, "
                + "evaluations); retry in " + RETRY_AFTER_SECONDS + " s, when it has restarted",
                Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)));
    }

    private HttpResponseException busy() {
        return new HttpResponseException(503, "the server is busy: all " + size + " heavy-work slots (workbooks, "
                + "evaluations) and " + queue + " waiting places are taken; retry in " + RETRY_AFTER_SECONDS + " s",
                Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
