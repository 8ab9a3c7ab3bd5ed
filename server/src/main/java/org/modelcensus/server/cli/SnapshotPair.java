package org.modelcensus.server.cli;

import java.nio.file.Path;
import org.modelcensus.functions.dataset.Snapshot;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The two snapshots A (older) and B (newer) of {@code diff} and {@code drift}, with {@code --store}. */
final class SnapshotPair {
    @Parameters(index = "0", paramLabel = "A", description = "the older snapshot: a file path or an https URL; with "
            + "--store, a stored snapshot's id or latest")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "the newer snapshot, named as A")
    String b;

    @Option(names = "--store", paramLabel = "DIR", description = DataOptions.STORE_HELP)
    Path store;

    Snapshot readA() {
        return SnapshotArgument.read(store, "A", a);
    }

    Snapshot readB() {
        return SnapshotArgument.read(store, "B", b);
    }
}
