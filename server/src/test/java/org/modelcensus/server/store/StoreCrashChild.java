package org.modelcensus.server.store;

import java.nio.file.Path;
import java.util.Random;
import org.modelcensus.functions.dataset.SyntheticSnapshot;

/**
 * The process {@link StoreCrashIT} kills: opens the store, prints {@code READY}, then puts synthetic
 * snapshots forever, printing {@code ACK <id>} only after each put has returned.
 * Arguments: the store directory and a seed.
 */
public final class StoreCrashChild {
    private StoreCrashChild() {
    }

    public static void main(String[] args) {
        SnapshotStore store = SnapshotStore.open(Path.of(args[0]));
        Random random = new Random(Long.parseLong(args[1]));
        System.out.println("READY");
        System.out.flush();
        while (true) {
            // A repeated seed now and then exercises the idempotent path.
            long seed = random.nextInt(20) == 0 ? 1 : random.nextLong();
            byte[] csv = SyntheticSnapshot.generate(50 + random.nextInt(350), seed);
            StoredSnapshot stored = store.put("crash-" + seed + ".csv", csv);
            System.out.println("ACK " + stored.info().id());
            System.out.flush();
        }
    }
}
