package org.modelcensus.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.modelcensus.functions.corrections.Applied;
import org.modelcensus.functions.corrections.Corrected;
import org.modelcensus.functions.corrections.Corrections;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.normalize.Edition;
import org.modelcensus.functions.normalize.Mappings;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.normalize.Normalizer;
import picocli.CommandLine.Option;

/** The options every data-reading command shares: data, edition, mappings, corrections. */
final class DataOptions {
    @Option(names = "--data", description = "Epoch CSV: a file path or an https URL (default: the bundled sample)")
    String data;

    @Option(names = "--report", defaultValue = "spri-2025", description = "report edition: spri-2024 or spri-2025 (default: ${DEFAULT-VALUE})")
    String report;

    @Option(names = "--mappings", description = "directory whose mapping CSVs replace the built-in ones of the same name")
    Path mappings;

    @Option(names = "--corrections", paramLabel = "FILE",
            description = "analyst corrections CSV (action,model,field,value,reason) applied to the data before normalization")
    Path corrections;

    private Snapshot snapshot;
    private Corrected corrected;

    Edition edition() {
        return Edition.of(report);
    }

    /** The snapshot (read once), with the corrections applied when {@code --corrections} is given. */
    Snapshot snapshot() {
        if (snapshot == null) {
            Corrections fixes = corrections == null ? null : Corrections.load(corrections);
            snapshot = EpochCsv.read(data);
            if (fixes != null) {
                corrected = fixes.apply(snapshot);
                snapshot = corrected.snapshot();
            }
        }
        return snapshot;
    }

    /** The corrections outcome, or null without {@code --corrections}. */
    Corrected corrected() {
        snapshot();
        return corrected;
    }

    NormalizedDataset normalized() {
        return new Normalizer(Mappings.load(edition(), mappings)).normalize(snapshot());
    }

    /** Prints which corrections were applied, one per line (nothing without {@code --corrections}). */
    void printCorrections(PrintWriter to) {
        if (corrected() == null) {
            return;
        }
        to.println(corrected().summary());
        for (Applied a : corrected().applied()) {
            to.println("  " + a.describe());
        }
    }
}
