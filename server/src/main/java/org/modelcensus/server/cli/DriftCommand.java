package org.modelcensus.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.drift.Drift;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.Mappings;
import org.modelcensus.functions.normalize.Normalizer;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.Reports;
import org.modelcensus.server.tables.DriftOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "drift", description = "For every cell of an edition whose value differs from snapshot A to snapshot B, "
        + "the models that entered (+1) or left (-1) each count cell and why (added, removed, date moved, tags "
        + "changed, organisation renamed, mapping change); other cells with both values.")
final class DriftCommand implements Callable<Integer> {
    @Mixin
    SnapshotPair snapshots;

    @Option(names = "--report", paramLabel = "ID", description = "built-in report edition, as `census editions` "
            + "lists them (default: the newest with printed figures)")
    String report;

    @Option(names = "--edition", paramLabel = "FILE", description = "edition file (JSON) of one's own; overrides --report")
    Path editionFile;

    @Option(names = "--mappings", description = "directory whose mapping CSVs replace the built-in ones of the same "
            + "name (for both snapshots)")
    Path mappings;

    @Option(names = "--format", defaultValue = "text", description = "text, csv (table,row,column,before,after,model,"
            + "direction,reason after a # provenance line) or json (default: ${DEFAULT-VALUE})")
    String format;

    @Mixin
    Lang lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String f = format.toLowerCase(Locale.ROOT);
        Formats.require(f, "text", "csv", "json");
        Edition edition = editionFile != null ? Edition.load(editionFile)
                : report != null ? Edition.of(report) : Edition.latestPublished();
        Mappings m = Mappings.load(edition, mappings, null);
        Snapshot first = snapshots.readA();
        Snapshot second = snapshots.readB();
        PrintWriter err = spec.commandLine().getErr();
        DataOptions.printMissingFields(err, "A: ", first.provenance());
        DataOptions.printMissingFields(err, "B: ", second.provenance());
        Drift drift = of(new Normalizer(m), first, second);
        PrintWriter out = spec.commandLine().getOut();
        switch (f) {
            case "csv" -> {
                out.println(DriftOutput.provenanceLine(drift));
                DriftOutput.writeCsv(drift, out);
            }
            case "json" -> DriftOutput.writeJson(drift, out);
            default -> DriftOutput.writeText(drift, out, lang.korean());
        }
        out.flush();
        return 0;
    }

    /** The drift of the edition of {@code normalizer} from snapshot {@code a} to {@code b}. */
    static Drift of(Normalizer normalizer, Snapshot a, Snapshot b) {
        Report before = Reports.build(normalizer.normalize(a));
        Report after = Reports.build(normalizer.normalize(b));
        return Drift.of(before, after);
    }
}
