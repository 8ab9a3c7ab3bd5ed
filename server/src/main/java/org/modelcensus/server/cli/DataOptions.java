package org.modelcensus.server.cli;

import java.nio.file.Path;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.normalize.Edition;
import org.modelcensus.functions.normalize.Mappings;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.normalize.Normalizer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every data-reading command shares: data, edition, mappings. Without {@code --data}
 * the command runs on the project's sample and says so on stderr, so stdout stays clean.
 */
final class DataOptions {
    /** The note printed on stderr (and, by {@code check}, on stdout) whenever the sample is used. */
    static final String SAMPLE_NOTE = "# SAMPLE DATA: no --data given, so this runs on the project's small sample "
            + "written from facts printed in the SPRI report texts, not on Epoch AI's dataset; its counts are not the "
            + "reports'. Pass --data FILE|URL for real figures.";

    @Option(names = "--data", description = "Epoch CSV: a file path or an https URL (default: the bundled sample)")
    String data;

    @Option(names = "--report", defaultValue = "spri-2025", description = "report edition: spri-2024 or spri-2025 (default: ${DEFAULT-VALUE})")
    String report;

    @Option(names = "--mappings", description = "directory whose mapping CSVs replace the built-in ones of the same name")
    Path mappings;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    Edition edition() {
        return Edition.of(report);
    }

    /** Whether the command runs on the sample (no {@code --data}). */
    boolean usesSample() {
        return data == null;
    }

    /** The snapshot named by {@code --data}, or the sample with a note on stderr. */
    Snapshot snapshot() {
        if (usesSample()) {
            command.commandLine().getErr().println(SAMPLE_NOTE);
            return SampleData.snapshot();
        }
        return EpochCsv.read(data);
    }

    NormalizedDataset normalized() {
        return new Normalizer(Mappings.load(edition(), mappings)).normalize(snapshot());
    }
}
