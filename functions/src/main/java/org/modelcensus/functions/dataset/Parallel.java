package org.modelcensus.functions.dataset;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Work done on another core while the caller does something else with the same data, e.g. the
 * {@code Models} table beside the long tables. Results stay deterministic: each task fills its own
 * output, and the caller waits for it before reading.
 */
public final class Parallel {
    private Parallel() {
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
