package org.modelcensus.functions.dataset;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work done on another core while the caller does something else with the same data, e.g. the
 * {@code Models} table beside the long tables. Results stay deterministic: each task fills its own
 * output, and the caller waits for it before reading.
 */
public final class Parallel {
    private Parallel() {
    }

    /**
     * Starts {@code task} on a new daemon thread named {@code name}, which ends with it: for work the caller needs
     * late and that should not wait for (or hold up) the shared pool.
     */
    public static <T> CompletableFuture<T> onOwnThread(String name, Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, run -> {
            Thread t = new Thread(run, name);
            t.setDaemon(true);
            t.start();
        });
    }

    /** The value of a task run on another thread; its exception as the task threw it. */
    public static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }
}
