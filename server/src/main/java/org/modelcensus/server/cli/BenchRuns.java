package org.modelcensus.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modelcensus.functions.dataset.BadInputException;
import picocli.CommandLine.Option;

/**
 * The options both benchmark commands ({@code bench}, {@code bench-workbook}) share: the real
 * snapshots, the warm-up and measured runs, and the seed of the synthetic snapshots.
 */
final class BenchRuns {
    static final String DEFAULT_SNAPSHOT = "large_scale_ai_models_2025-05-20.csv";

    @Option(names = "--snapshot", paramLabel = "FILE", description = "a real Epoch CSV (repeatable; default: "
            + "../shared/epoch/" + DEFAULT_SNAPSHOT + " beside the repository, when present)")
    List<Path> snapshots = new ArrayList<>();

    @Option(names = "--runs", defaultValue = "5", description = "measured runs per dataset (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "3", description = "unmeasured runs first, at least (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--warmup-seconds", defaultValue = "3", description = "and for at least this long (default: ${DEFAULT-VALUE})")
    double warmupSeconds;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the generator (default: ${DEFAULT-VALUE})")
    long seed;

    /** Refuses a benchmark without a warm-up or a measured run. */
    void check() {
        if (runs < 1 || warmup < 1 || warmupSeconds < 0) {
            throw new BadInputException("--runs/--warmup", 0, 0, "need at least one warm-up and one measured run");
        }
    }

    long warmupNanos() {
        return (long) (warmupSeconds * 1e9);
    }

    /** The given snapshots (each must exist), or else the default one beside the repository when present. */
    List<Path> realSnapshots() {
        if (!snapshots.isEmpty()) {
            for (Path p : snapshots) {
                if (!Files.isRegularFile(p)) {
                    throw new BadInputException(p.toString(), 0, 0, "no such file");
                }
            }
            return snapshots;
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("..", "shared", "epoch", DEFAULT_SNAPSHOT));
        String home = System.getProperty("census.home");
        if (home != null) {
            candidates.add(Path.of(home).resolveSibling("shared").resolve("epoch").resolve(DEFAULT_SNAPSHOT));
        }
        return candidates.stream().filter(Files::isRegularFile).limit(1).toList();
    }
}
