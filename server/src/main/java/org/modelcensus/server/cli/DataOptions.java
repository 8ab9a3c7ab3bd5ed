package org.modelcensus.server.cli;

import java.nio.file.Path;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.normalize.Edition;
import org.modelcensus.functions.normalize.Mappings;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.normalize.Normalizer;
import picocli.CommandLine.Option;

/** The options every data-reading command shares: data, edition, mappings. */
final class DataOptions {
    @Option(names = "--data", description = "Epoch CSV: a file path or an https URL (default: the bundled sample)")
    String data;

    @Option(names = "--report", defaultValue = "spri-2025", description = "report edition: spri-2024 or spri-2025 (default: ${DEFAULT-VALUE})")
    String report;

    @Option(names = "--mappings", description = "directory whose mapping CSVs replace the built-in ones of the same name")
    Path mappings;

    Edition edition() {
        return Edition.of(report);
    }

    Snapshot snapshot() {
        return EpochCsv.read(data);
    }

    NormalizedDataset normalized() {
        return new Normalizer(Mappings.load(edition(), mappings)).normalize(snapshot());
    }
}
