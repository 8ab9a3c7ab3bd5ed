package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.javalin.http.HttpResponseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HeavyWorkTest {
    @Test
    void identicalJobsShareOneComputationAndTakeNoPlace() throws Exception {
        try (HeavyWork heavy = new HeavyWork(1)) {
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger runs = new AtomicInteger();
            CompletableFuture<Integer> first = heavy.submitShared("k", () -> await(release, runs.incrementAndGet()));
            CompletableFuture<Integer> second = heavy.submitShared("k", () -> await(release, runs.incrementAndGet()));
            assertThrows(HttpResponseException.class, () -> heavy.submitShared("other", () -> 0), "no slot, no queue");
            release.countDown();
            assertEquals(1, first.get());
            assertEquals(1, second.get());
            assertEquals(1, runs.get());
        }
    }

    @Test
    void waitsInABoundedQueueThenRefusesWith503() throws Exception {
        try (HeavyWork heavy = new HeavyWork(1, 2)) {
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Integer> running = heavy.submit(() -> await(release, 1));
            CompletableFuture<Integer> queued1 = heavy.submit(() -> 2);
            CompletableFuture<Integer> queued2 = heavy.submit(() -> 3);
            HttpResponseException busy = assertThrows(HttpResponseException.class, () -> heavy.submit(() -> 4));
            assertEquals(503, busy.getStatus());
            assertEquals(0, heavy.available());
            release.countDown();
            assertEquals(1 + 2 + 3, running.get() + queued1.get() + queued2.get());
        }
    }

    @Test
    void fitsTheSlotsToTheHeap() {
        assertEquals(2, HeavyWork.slotsFitting(2, 512L << 20));
        assertEquals(1, HeavyWork.slotsFitting(4, 256L << 20));
        assertEquals(1, HeavyWork.slotsFitting(4, 64L << 20), "always at least one");
        assertEquals(3, HeavyWork.slotsFitting(3, 8L << 30));
    }

    private static int await(CountDownLatch latch, int value) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return value;
    }
}
