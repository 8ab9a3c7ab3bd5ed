package org.modelcensus.server.cli;

import java.util.concurrent.Callable;
import org.modelcensus.functions.export.CsvExport;
import org.modelcensus.functions.report.ComputedCell;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tables", description = "Print every computed cell of an edition as table,row,column,value "
        + "(applied corrections are listed on standard error).")
final class TablesCommand implements Callable<Integer> {
    @Mixin
    DataOptions options;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Report report = Reports.build(options.normalized());
        var out = spec.commandLine().getOut();
        options.printNotes(spec.commandLine().getErr());
        out.println("table,row,column,value");
        for (ComputedCell c : report.evaluate()) {
            out.println(CsvExport.row(c.key().table(), c.key().row(), c.key().column(), c.text()));
        }
        return 0;
    }
}
