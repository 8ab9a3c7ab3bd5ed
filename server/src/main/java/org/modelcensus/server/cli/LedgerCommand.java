package org.modelcensus.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.modelcensus.functions.check.Cause;
import org.modelcensus.functions.check.Ledger;
import org.modelcensus.functions.check.LedgerMarkdown;
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
            return 0;
        }
        int unmapped = options.warnUnmapped(spec.commandLine().getErr());
        if (unmapped != 0) {
            return unmapped;
        }
        options.printNotes(spec.commandLine().getErr());
        var scenarios = LedgerMarkdown.scenarios(options.uncorrected(), options.dataName(),
                options.recipeOptions.corrections, options.run().mappings(), ledger, options.dataDirectory());
        out.print(LedgerMarkdown.section(options.edition(), ledger, scenarios));
        out.flush();
        return 0;
    }

    private static String counts(Map<String, Long> m) {
        return m.isEmpty() ? "none" : m.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
