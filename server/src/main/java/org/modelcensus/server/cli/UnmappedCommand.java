package org.modelcensus.server.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.modelcensus.functions.export.CsvExport;
import org.modelcensus.functions.normalize.Mappings;
import org.modelcensus.functions.normalize.Unmapped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "unmapped", description = "List the values no mapping covers (countries, domains, tasks, "
        + "organisation types, multi-country organisations), with the mapping file to classify them in.")
final class UnmappedCommand implements Callable<Integer> {
    @Mixin
    DataOptions options;

    @Option(names = "--format", defaultValue = "text", description = "text or csv (default: ${DEFAULT-VALUE})")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Formats.require(format, "text", "csv");
        Unmapped unmapped = Unmapped.of(options.snapshot(), Mappings.load(options.edition(), options.mappings));
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("csv")) {
            options.printNotes(spec.commandLine().getErr());
            out.println(CsvExport.row("kind", "file", "value", "models", "example", "epoch_countries"));
            unmapped.items().forEach(i -> out.println(CsvExport.row(i.kind().name().toLowerCase(Locale.ROOT),
                    i.kind().file(), i.value(), i.models(), i.example(), i.detail())));
        } else {
            options.printNotes(out);
            printText(unmapped, out);
        }
        out.flush();
        return 0;
    }

    private void printText(Unmapped unmapped, PrintWriter out) {
        out.printf("%s, %s mappings: %d unmapped values%n", options.snapshot().provenance().describe(),
                options.edition().id(), unmapped.items().size());
        for (Unmapped.Item i : unmapped.items()) {
            String detail = i.detail().isEmpty() ? "" : " — Epoch lists: " + i.detail();
            out.printf("  %-16s %-40s %3d model%s, e.g. %s%s%n", i.kind().file(), i.value(), i.models(),
                    i.models() == 1 ? " " : "s", Formats.oneLine(i.example()), Formats.oneLine(detail));
        }
    }
}
