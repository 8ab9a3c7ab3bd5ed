package org.modelcensus.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.modelcensus.functions.check.Cause;
import org.modelcensus.functions.check.Check;
import org.modelcensus.functions.check.PublishedFigures;
import org.modelcensus.functions.report.Reports;
import org.modelcensus.functions.check.Ledger;
import org.modelcensus.functions.check.LedgerMarkdown;
import org.modelcensus.functions.run.Run;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ledger", description = "Validate an edition's explanation ledger and summarize it; with --markdown, "
        + "the edition's section of docs/reproduction.md: scores of --data without and with each --corrections file, "
        + "side effects, causes, unexplained cells and rejected hypotheses.")
final class LedgerCommand implements Callable<Integer> {
    @Mixin
    DataOptions options;

    @Option(names = "--ledger", paramLabel = "FILE", description = "explanation ledger CSV instead of the edition's "
            + "built-in ledger/<edition>.csv")
    Path ledgerFile;

    @Option(names = "--markdown", description = "print the edition's section of docs/reproduction.md (reads --data)")
    boolean markdown;

    @Option(names = "--effects", description = "check --data (with --corrections) in the edition's one world and list the "
            + "ledger causes that explain nothing there and the alternatives with the cells they fix and break")
    boolean effects;

    @Mixin
    Lang lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Ledger ledger = ledgerFile != null ? Ledger.load(ledgerFile, options.edition()) : Ledger.builtIn(options.edition());
        if (!markdown) {
            long cells = ledger.causes().stream().map(Cause::cell).distinct().count();
            out.println(ledger.source() + ": " + ledger.causes().size() + " causes of " + cells + " cells of "
                    + options.edition().id() + "; " + ledger.rejected().size() + " rejected hypotheses");
            out.println("  by kind: " + counts(ledger.causes().stream()
                    .collect(Collectors.groupingBy(c -> c.kind().id(), TreeMap::new, Collectors.counting()))));
            out.println("  by strength: " + counts(ledger.causes().stream()
                    .collect(Collectors.groupingBy(c -> c.strength().id(), TreeMap::new, Collectors.counting()))));
            out.println("  scenario: " + ledger.scenarioSource() + ": " + (ledger.scenario().isEmpty() ? "(none)"
                    : ledger.scenario().stream().map(Ledger.Step::hypothesis).collect(Collectors.joining(" + "))));
            if (!effects) {
                return 0;
            }
            int unmapped = options.warnUnmapped(spec.commandLine().getErr());
            if (unmapped != 0) {
                return unmapped;
            }
            options.printNotes(spec.commandLine().getErr());
            Check check = Check.of(Reports.build(options.normalized()), PublishedFigures.builtIn(), ledger,
                    options.dataDirectory());
            Check.World w = check.world();
            out.println(lang.text(options.dataName() + "에서 아무것도 설명하지 않는 원인: ",
                    "causes that explain nothing on " + options.dataName() + ": ") + w.withoutEffect().size());
            for (Cause c : w.withoutEffect()) {
                out.println("  " + c.where() + " " + c.kind().id() + " " + c.hypothesis() + " on " + c.cell().table() + " | "
                        + c.cell().row() + " | " + c.cell().column());
            }
            for (Check.Alternative a : w.alternatives()) {
                out.println(lang.text("대안 ", "alternative ") + a.hypothesis() + lang.text(": 맞추는 셀 ", ": fixes ")
                        + a.fixes().size() + " " + CheckCommand.keys(a.fixes()) + lang.text(", 깨는 셀 ", ", breaks ")
                        + a.breaks().size() + " " + CheckCommand.keys(a.breaks()));
            }
            out.flush();
            return 0;
        }
        int unmapped = options.warnUnmapped(spec.commandLine().getErr());
        if (unmapped != 0) {
            return unmapped;
        }
        options.printNotes(spec.commandLine().getErr());
        Run run = options.run(ledgerFile);
        var scenarios = LedgerMarkdown.scenarios(options.dataName(), run.recipe().corrections().stream()
                .map(p -> p.toString().replace('\\', '/')).toList(), run.checksByCorrections());
        out.print(LedgerMarkdown.section(options.edition(), ledger, scenarios));
        out.flush();
        return 0;
    }

    private static String counts(Map<String, Long> m) {
        return m.isEmpty() ? "none" : m.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
