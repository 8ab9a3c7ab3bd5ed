package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.SyntheticSnapshot;
import org.modelcensus.server.cli.ServeProcess;
import org.modelcensus.server.store.SnapshotStore;

/**
 * Six stored 28,000-model snapshots (13 MB of CSV, ~80 MiB of heap each once run) served on the launcher's
 * 512 MiB heap: the runs' cache and the heavy jobs keep within the memory budget, so every table answers
 * 200 or 503 (never a 500), the default snapshot still answers afterwards, a drift between two of them is
 * refused or answered, never a 500, and the log has no OutOfMemoryError.
 */
class ManySnapshotsIT {
    private static final int SNAPSHOTS = 6;
    private static final int MODELS = 28_000;

    @TempDir
    Path root;
    private final Flood flood = new Flood(Duration.ofSeconds(180));

    @Test
    void sixLargeSnapshotsNeverRunTheDefaultHeapOutOfMemory() throws Exception {
        Path store = root.resolve("store");
        SnapshotStore snapshots = SnapshotStore.open(store);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < SNAPSHOTS; i++) {
            ids.add(snapshots.put("synthetic-" + i + ".csv", SyntheticSnapshot.generate(MODELS, 100 + i)).info().id());
        }
        String real = snapshots.put(RealSnapshots.MAY_2025, Files.readAllBytes(RealSnapshots.path(RealSnapshots.MAY_2025)))
                .info().id();
        try (ServeProcess server = ServeProcess.start(List.of("-Xmx512m"), "--store", store.toString(), "--data", real)) {
            List<String> urls = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (String id : ids) {
                    urls.add(server.base() + "/api/v1/reports/spri-2025/tables/T1.csv?snapshot=" + id);
                }
            }
            Map<Integer, Integer> all = flood.statuses(urls, 6);
            Map<Integer, Integer> oneByOne = flood.statuses(urls.subList(0, SNAPSHOTS), 1);
            System.out.printf("six 28,000-model snapshots on 512 MiB: at once %s, one by one %s%n", all, oneByOne);
            assertTrue(all.keySet().stream().allMatch(c -> c == 200 || c == 503), all.toString());
            assertEquals(Map.of(200, SNAPSHOTS), oneByOne, "one at a time, each is answered");

            assertEquals(200, flood.get(server.base() + "/api/v1/reports/spri-2025/tables/T1.csv"), "the default snapshot");
            int drift = flood.get(server.base() + "/api/v1/snapshots/" + ids.get(0) + "/drift/" + ids.get(1) + "?report=spri-2025");
            System.out.println("drift between two of them: " + drift);
            assertNotEquals(500, drift);
            assertTrue(drift == 200 || drift == 503 || drift == 413, "drift: " + drift);
            assertEquals(200, flood.get(server.base() + "/health"));
            assertFalse(server.log().contains("OutOfMemoryError"), server.log());
        }
    }

}
