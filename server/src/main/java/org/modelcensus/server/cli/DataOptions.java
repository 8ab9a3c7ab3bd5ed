package org.modelcensus.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modelcensus.functions.corrections.Applied;
import org.modelcensus.functions.corrections.Corrected;
import org.modelcensus.functions.corrections.Corrections;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.normalize.Edition;
import org.modelcensus.functions.normalize.Mappings;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.normalize.Normalizer;
import picocli.CommandLine.Option;

/** The options every data-reading command shares: data, edition, mappings, corrections. */
final class DataOptions {
    /** The note every output made from the sample carries (on stderr, or stdout for {@code check}). */
    static final String SAMPLE_NOTE = "# " + SampleData.NOTE;

    @Option(names = "--data", description = "Epoch CSV: a file path or an https URL (default: the bundled sample)")
    String data;

    @Option(names = "--report", paramLabel = "ID", description = "built-in report edition, as `census editions` "
            + "lists them (default: the newest with printed figures)")
    String report;

    @Option(names = "--edition", paramLabel = "FILE", description = "edition file (JSON) of one's own; overrides --report")
    Path editionFile;

    @Option(names = "--mappings", description = "directory whose mapping CSVs replace the built-in ones of the same name")
    Path mappings;

    @Option(names = "--corrections", paramLabel = "FILE",
            description = "analyst corrections CSV (action,model,field,value,reason) applied to the data before "
                    + "normalization; repeat to apply several files in order")
    List<Path> corrections = new ArrayList<>();

    private Snapshot snapshot;
    private Edition edition;
    private final List<Corrected> corrected = new ArrayList<>();

    /** The edition of {@code --edition}, else of {@code --report}, read once. */
    Edition edition() {
        if (edition == null) {
            edition = editionFile != null ? Edition.load(editionFile)
                    : report != null ? Edition.of(report) : Edition.latestPublished();
        }
        return edition;
    }

    /** The snapshot (read once), with every {@code --corrections} file applied in order. */
    Snapshot snapshot() {
        if (snapshot == null) {
            List<Corrections> fixes = corrections.stream().map(Corrections::load).toList();
            snapshot = data == null ? SampleData.snapshot() : EpochCsv.read(data);
            for (Corrections f : fixes) {
                Corrected c = f.apply(snapshot);
                corrected.add(c);
                snapshot = c.snapshot();
            }
        }
        return snapshot;
    }

    /** The outcome of each corrections file, in the order applied (empty without {@code --corrections}). */
    List<Corrected> corrected() {
        snapshot();
        return corrected;
    }

    NormalizedDataset normalized() {
        return new Normalizer(Mappings.load(edition(), mappings)).normalize(snapshot());
    }

    /**
     * Prints what the reader of an output must know about its data: a SAMPLE DATA label when no
     * {@code --data} was given, and which corrections were applied, one per line.
     */
    void printNotes(PrintWriter to) {
        if (snapshot().provenance().sample()) {
            to.println(SAMPLE_NOTE);
        }
        for (Corrected c : corrected()) {
            to.println(c.summary());
            for (Applied a : c.applied()) {
                to.println("  " + a.describe());
            }
        }
    }
}
