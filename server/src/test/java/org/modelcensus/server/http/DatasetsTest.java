package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.dataset.SyntheticSnapshot;
import org.modelcensus.functions.edition.Edition;

class DatasetsTest {
    private static final Edition EDITION = Edition.defaultEdition();

    @Test
    void aSnapshotAskedForBeforeItWasStoredIsFoundOnceItIs() {
        Snapshot later = EpochCsv.parse("later.csv", SyntheticSnapshot.generate(20, 3));
        String id = later.provenance().sha256();
        Map<String, Snapshot> store = new HashMap<>();
        Datasets datasets = new Datasets(SampleData.snapshot(), i -> Optional.ofNullable(store.get(i)));
        assertThrows(NotFoundResponse.class, () -> datasets.runNow(id, EDITION));
        store.put(id, later);
        assertSame(later, datasets.runNow(id, EDITION).run().snapshot());
    }

    @Test
    void spaceOnlyIdsAreUnknownNotTheDefault() {
        Datasets datasets = new Datasets(SampleData.snapshot(), Datasets.NO_STORE);
        assertThrows(NotFoundResponse.class, () -> datasets.runNow(" ", EDITION));
        assertSame(datasets.runNow(null, EDITION), datasets.runNow("", EDITION), "an empty id is the default");
    }

    @Test
    void aRunIsMadeOnceAndItsSnapshotReadOnceForEveryEdition() {
        Snapshot other = EpochCsv.parse("other.csv", SyntheticSnapshot.generate(50, 4));
        AtomicInteger reads = new AtomicInteger();
        Datasets datasets = Datasets.withStore(SampleData.snapshot(), id -> Optional.of(new Datasets.Found(1000, 50,
                () -> {
                    reads.incrementAndGet();
                    return other;
                })), MemoryBudget.of(512L << 20));
        String id = other.provenance().sha256();
        var first = datasets.runNow(id, Edition.of("spri-2024"));
        assertSame(first, datasets.runNow(id, Edition.of("spri-2024")));
        var second = datasets.runNow(id, Edition.of("spri-2025"));
        assertNotSame(first.run(), second.run());
        assertSame(first.run().snapshot(), second.run().snapshot());
        assertEquals(1, reads.get());
    }

    @Test
    void runsBeyondTheCacheBudgetAreDropped() {
        // 128 MiB heap: 10 MiB of cache, less than two runs of 1,500 synthetic models (~6 MiB each).
        Snapshot a = EpochCsv.parse("a.csv", SyntheticSnapshot.generate(1_500, 1));
        Snapshot b = EpochCsv.parse("b.csv", SyntheticSnapshot.generate(1_500, 2));
        Map<String, Snapshot> store = Map.of(a.provenance().sha256(), a, b.provenance().sha256(), b);
        Datasets datasets = Datasets.withStore(SampleData.snapshot(), id -> Optional.ofNullable(store.get(id))
                .map(s -> new Datasets.Found(0, 0, () -> s)), MemoryBudget.of(128L << 20));
        var first = datasets.runNow(a.provenance().sha256(), EDITION);
        assertTrue(first.run().estimatedBytes() > (5L << 20), "estimate " + first.run().estimatedBytes());
        assertEquals(first.run().estimatedBytes(), datasets.cachedBytes());
        datasets.runNow(b.provenance().sha256(), EDITION);
        assertEquals(1, datasets.cachedRuns(), "one of the two runs was dropped");
        assertTrue(datasets.cachedBytes() <= MemoryBudget.of(128L << 20).cacheBytes());
    }

    @Test
    void aRunKeepingItsWorkbookWeighsItsBytesToo() {
        Datasets datasets = new Datasets(SampleData.snapshot(), Datasets.NO_STORE);
        var served = datasets.runNow(null, EDITION);
        long before = datasets.cachedBytes();
        assertEquals(served.run().estimatedBytes(), before);
        byte[] workbook = served.workbook("census test");
        assertEquals(before + workbook.length, datasets.cachedBytes());
        assertSame(workbook, served.cachedWorkbook().orElseThrow());
    }

    @Test
    void aSnapshotThatCouldNeverFitIsRefusedWith413NamingTheLimit() {
        Datasets datasets = Datasets.withStore(SampleData.snapshot(), id -> Optional.of(new Datasets.Found(
                200L << 20, 400_000, () -> {
                    throw new AssertionError("never read");
                })), MemoryBudget.of(512L << 20));
        try (HeavyWork heavy = new HeavyWork(1, 1, MemoryBudget.of(512L << 20))) {
            HttpResponseException e = assertThrows(HttpResponseException.class,
                    () -> datasets.run("ab".repeat(32), EDITION, heavy));
            assertEquals(413, e.getStatus());
            assertTrue(e.getMessage().contains("MiB"), e.getMessage());
        }
    }

    @Test
    void anUnknownStoredIdFailsTheFutureWith404() {
        Datasets datasets = new Datasets(SampleData.snapshot(), Datasets.NO_STORE);
        try (HeavyWork heavy = new HeavyWork(1)) {
            assertThrows(NotFoundResponse.class, () -> datasets.run("cd".repeat(32), EDITION, heavy));
            CompletionException served = assertThrows(CompletionException.class,
                    () -> datasets.run(null, EDITION, heavy).thenApply(s -> {
                        throw new NotFoundResponse("x");
                    }).join());
            assertTrue(served.getCause() instanceof NotFoundResponse);
        }
    }
}
