package org.modelcensus.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.modelcensus.functions.check.Check;
import org.modelcensus.functions.report.ComputedCell;
import org.modelcensus.functions.check.PublishedFigures;
import org.modelcensus.functions.run.Run;
import org.modelcensus.server.tables.CheckJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Compare every computed cell with the figure the report printed; each "
        + "differing cell is explained (a cause of the edition's ledger verifies) or unexplained.")
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

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--ledger", paramLabel = "FILE", description = "explanation ledger CSV "
            + "(table,row,column,kind,models,evidence,strength,hypothesis) instead of the edition's built-in "
            + "ledger/<edition>.csv; hypothesis files are looked for in hypotheses/ beside it first")
    Path ledgerFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String f = format.toLowerCase(Locale.ROOT);
        Formats.require(f, "text", "json");
        int unmapped = options.warnUnmapped(spec.commandLine().getErr());
        if (unmapped != 0) {
            return unmapped;
        }
        var out = spec.commandLine().getOut();
        boolean json = f.equals("json");
        if (!json) {
            out.println(options.provenanceLine());
        }
        options.printNotes(json ? spec.commandLine().getErr() : out);
        Run run = options.run(ledgerFile);
        if (options.edition().publishedFigures().isEmpty()) {
            String none = options.edition().id() + ": no printed figures yet (the edition is not published); nothing to check";
            (json ? spec.commandLine().getErr() : out).println(none);
            if (json) {
                Check empty = new Check(options.edition().id(), List.of(), run.ledger().source());
                CheckJson.write(CheckJson.document(empty, null, options.dataName(), options.corrected(),
                        options.snapshot().provenance()), out);
            }
            return 0;
        }
        Check check = run.check();
        Check without = options.corrected().isEmpty() ? null
                : Check.of(run.uncorrected().report(), PublishedFigures.builtIn());
        if (json) {
            CheckJson.write(CheckJson.document(check, without, options.dataName(), options.corrected(),
                    options.snapshot().provenance()), out);
            out.flush();
            return 0;
        }
        out.printf("%s: %d / %d printed cells equal%n", check.edition(), check.equal(), check.printed());
        for (Check.TableScore t : check.tables()) {
            out.printf("  %-8s %3d / %3d%n", t.table(), t.equal(), t.printed());
        }
        out.println(totalsLine(check));
        if (options.snapshot().provenance().sample() && !verbose) {
            out.println(REAL_CHECK_HINT);
            return 0;
        }
        printDifferences(out, check);
        if (without != null) {
            printSideEffects(out, Check.sideEffects(without, check));
        }
        return 0;
    }

    /**
     * E.g. {@code totals: 453 cells: 382 equal, 40 explained, 31 unexplained (ledger ...); explained by their weakest
     * cause: 15 strong, 8 medium, ...; printed numbers 300:
     * ...; blanks read as 0 127: ...}.
     */
    static String totalsLine(Check check) {
        StringBuilder strengths = new StringBuilder();
        check.explainedByStrength().forEach((s, n) -> strengths.append(strengths.length() == 0 ? "" : ", ").append(n)
                .append(' ').append(s.id()));
        return "totals: " + counts(check.totals()) + " (ledger " + check.ledger() + "); explained by their weakest cause: "
                + strengths + "; printed numbers " + counts(check.totals("printed")) + "; blanks read as 0 "
                + counts(check.totals("blankAsZero"));
    }

    private static String counts(Check.Totals t) {
        return t.cells() + " cells: " + t.equal() + " equal (" + t.equalPercent() + " %), " + t.explained() + " explained, "
                + t.unexplained() + " unexplained";
    }

    private static void printDifferences(PrintWriter out, Check check) {
        for (Check.CellResult c : check.differences()) {
            var k = c.printed().key();
            out.printf("%s | %s | %s: computed %s, printed %s%n", k.table(), k.row(), k.column(),
                    c.computed() == null ? "(no such cell)" : ComputedCell.format(c.computed()),
                    c.printed().published().isEmpty() ? "(blank)" : c.printed().published());
            List<String> models = c.modelsBehind();
            if (!models.isEmpty()) {
                String shown = String.join("; ", models.subList(0, Math.min(models.size(), MAX_MODELS_SHOWN)));
                String more = models.size() > MAX_MODELS_SHOWN ? "; ... and " + (models.size() - MAX_MODELS_SHOWN) + " more" : "";
                out.println("    models behind the computed value (" + models.size() + "): " + shown + more);
            }
            out.println("    status: " + c.status().id() + (c.causes().isEmpty() ? " (no cause in the ledger)" : ""));
            for (Check.CauseResult r : c.causes()) {
                var cause = r.cause();
                out.println("    cause: " + cause.kind().id() + " (" + cause.strength().id() + ")"
                        + (cause.models().isEmpty() ? "" : " " + String.join("; ", cause.models())) + ": "
                        + Formats.oneLine(cause.evidence()) + " [" + cause.where() + "]");
                out.println("      " + Formats.oneLine(r.note()));
            }
        }
    }

    private static void printSideEffects(PrintWriter out, List<Check.CellResult[]> side) {
        out.println("side effects of the corrections: " + side.size() + (side.size() == 1 ? " cell" : " cells")
                + " equal without them differ with them");
        for (Check.CellResult[] pair : side) {
            var k = pair[1].key();
            out.printf("  %s | %s | %s: %s without, %s with, printed %s (%s)%n", k.table(), k.row(), k.column(),
                    ComputedCell.format(pair[0].computed()), ComputedCell.format(pair[1].computed()),
                    pair[1].printed().published().isEmpty() ? "(blank)" : pair[1].printed().published(),
                    pair[1].status().id());
        }
    }
}
