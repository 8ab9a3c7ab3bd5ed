package org.modelcensus.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.modelcensus.functions.dataset.Parallel;
import org.modelcensus.functions.report.Report;
import org.modelcensus.server.tables.TablesCsv;
import org.modelcensus.server.tables.TablesJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tables", description = "Print every computed cell of an edition: CSV table,row,column,value or JSON "
        + "(notes on the data, such as applied corrections, go to standard error).")
final class TablesCommand implements Callable<Integer> {
    @Mixin
    DataOptions options;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String f = format.toLowerCase(Locale.ROOT);
        Formats.require(f, "csv", "json");
        options.warnQuestionable();
        options.normalized();
        // The report and the unmapped values read the same normalized data: the report is built and evaluated
        // on another core meanwhile (its cells are kept, so the output below reads them).
        CompletableFuture<Report> evaluated = CompletableFuture.supplyAsync(() -> {
            Report r = options.run().report();
            r.evaluate();
            return r;
        });
        int unmapped = options.warnUnmapped(spec.commandLine().getErr());
        if (unmapped != 0) {
            return unmapped;
        }
        Report report = Parallel.join(evaluated);
        PrintWriter out = spec.commandLine().getOut();
        options.printNotes(spec.commandLine().getErr());
        YearsNote.print(spec.commandLine().getErr(), report.data());
        YearsNote.printPreviews(spec.commandLine().getErr(), report);
        if (f.equals("json")) {
            TablesJson.write(report, out);
        } else {
            out.println(options.provenanceLine());
            TablesCsv.writeLong(report, out);
        }
        out.flush();
        return 0;
    }
}
