package org.modelcensus.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.modelcensus.functions.report.Check;
import org.modelcensus.functions.report.PublishedFigures;
import org.modelcensus.functions.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Compare every computed cell with the figure the report printed.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    DataOptions options;

    private static final int MAX_MODELS_SHOWN = 40;

    /** How to run the real check, shown instead of the differing cells when the check ran on the sample. */
    static final String REAL_CHECK_HINT = "the sample's counts are not the report's, so its differences say nothing: "
            + "run the real check with --data FILE|URL (Epoch's CSV, e.g. --data "
            + "https://epoch.ai/data/large_scale_ai_models.csv); --verbose lists the sample's differing cells anyway";

    @Option(names = {"--verbose", "--all"}, description = "list every differing cell even on the bundled sample")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int unmapped = options.warnUnmapped(spec.commandLine().getErr());
        if (unmapped != 0) {
            return unmapped;
        }
        var out = spec.commandLine().getOut();
        out.println(options.provenanceLine());
        options.printNotes(out);
        if (options.edition().publishedFigures().isEmpty()) {
            out.println(options.edition().id() + ": no printed figures yet (the edition is not published); nothing to check");
            return 0;
        }
        Check check = Check.of(Reports.build(options.normalized()), PublishedFigures.builtIn());
        out.printf("%s: %d / %d printed cells equal%n", check.edition(), check.equal(), check.printed());
        for (Check.TableScore t : check.tables()) {
            out.printf("  %-8s %3d / %3d%n", t.table(), t.equal(), t.printed());
        }
        if (options.snapshot().provenance().sample() && !verbose) {
            out.println(REAL_CHECK_HINT);
            return 0;
        }
        printDifferences(out, check);
        return 0;
    }

    private static void printDifferences(PrintWriter out, Check check) {
        for (Check.CellResult c : check.differences()) {
            var k = c.printed().key();
            out.printf("%s | %s | %s: computed %s, printed %s%n", k.table(), k.row(), k.column(),
                    c.computed() == null ? "(no such cell)" : org.modelcensus.functions.report.ComputedCell.format(c.computed()),
                    c.printed().published().isEmpty() ? "(blank)" : c.printed().published());
            List<String> models = c.modelsBehind();
            if (!models.isEmpty()) {
                String shown = String.join("; ", models.subList(0, Math.min(models.size(), MAX_MODELS_SHOWN)));
                String more = models.size() > MAX_MODELS_SHOWN ? "; ... and " + (models.size() - MAX_MODELS_SHOWN) + " more" : "";
                out.println("    models behind the computed value (" + models.size() + "): " + shown + more);
            }
        }
    }
}
