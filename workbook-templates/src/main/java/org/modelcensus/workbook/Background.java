package org.modelcensus.workbook;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.modelcensus.functions.dataset.Parallel;

/**
 * A value computed on a daemon thread of its own, which ends with the computation: what a workbook
 * needs late (the check) is made while the caller does something else.
 */
final class Background<T> {
    private final CompletableFuture<T> value;

    private Background(CompletableFuture<T> value) {
        this.value = value;
    }

    /** Starts computing {@code value} on a new daemon thread named {@code name}. */
    static <T> Background<T> start(String name, Supplier<T> value) {
        return new Background<>(Parallel.onOwnThread(name, value));
    }

    /** A value already computed. */
    static <T> Background<T> done(T value) {
        return new Background<>(CompletableFuture.completedFuture(value));
    }

    /** The value, once computed (waiting is not interrupted); a failure computing it is thrown here as it was thrown there. */
    T get() {
        return Parallel.join(value);
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
