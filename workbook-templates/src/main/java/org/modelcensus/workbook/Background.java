package org.modelcensus.workbook;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A value computed on a daemon thread of its own, which ends with the computation: what a workbook
 * needs late (the check, POI's first workbook) is made while the caller does something else.
 */
final class Background<T> {
    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts computing {@code value} on a new daemon thread named {@code name}. */
    static <T> Background<T> start(String name, Callable<T> value) {
        FutureTask<T> task = new FutureTask<>(value);
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return new Background<>(task);
    }

    /** A value already computed. */
    static <T> Background<T> done(T value) {
        FutureTask<T> task = new FutureTask<>(() -> value);
        task.run();
        return new Background<>(task);
    }

    /** The value, once computed; a failure computing it is thrown here as it was thrown there. */
    T get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    // The computation cannot be interrupted: waiting for it is short, and the interrupt is kept.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits for the computation, whatever its outcome (whoever reads the value gets its failure). */
    void settle() {
        try {
            get();
        } catch (RuntimeException | Error e) {
            // Reported to whoever reads the value.
        }
    }
}
