package org.modelcensus.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.drift.Drift;
import org.modelcensus.functions.run.Run;
import org.modelcensus.server.tables.DriftOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "drift", description = "For every cell of an edition whose value differs from snapshot A to snapshot B, "
        + "the models that entered (+1) or left (-1) each count cell and why (added, removed, date moved, tags "
        + "changed, organisation renamed, mapping change); other cells with both values. The edition, --mappings, "
        + "--orgs and --corrections apply to both snapshots.")
final class DriftCommand implements Callable<Integer> {
    @Mixin
    SnapshotPair snapshots;

    @Mixin
    RecipeOptions recipe;

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
        Snapshot first = snapshots.readA();
        Snapshot second = snapshots.readB();
        PrintWriter err = spec.commandLine().getErr();
        DataOptions.printMissingFields(err, "A: ", first.provenance());
        DataOptions.printMissingFields(err, "B: ", second.provenance());
        Run before = Run.of(first, recipe.recipe());
        Drift drift = of(before, before.on(second));
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

    /**
     * The drift from run A to run B, refused ({@link org.modelcensus.functions.drift.DriftTooLargeException},
     * exit 2) once its model lines would need more than half the heap still free after both reports.
     */
    static Drift of(Run a, Run b) {
        a.report();
        b.report();
        Runtime r = Runtime.getRuntime();
        long free = r.maxMemory() - (r.totalMemory() - r.freeMemory());
        return Drift.of(a.report(), b.report(), Drift.linesFitting(free / 2));
    }
}
