package org.modelcensus.server.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.modelcensus.functions.export.CsvExport;
import org.modelcensus.functions.normalize.Unmapped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "unmapped", description = "List every value a table reads that no mapping covers (countries, models "
        + "without a country, organisation countries, parents and types, domains, domain labels, tasks, hardware), with "
        + "the mapping file to classify it in; the last line counts them. --strict exits 2 when the count is not 0.")
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
        Unmapped unmapped = Unmapped.of(options.normalized());
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("csv")) {
            options.printNotes(spec.commandLine().getErr());
            out.println(CsvExport.row("kind", "file", "value", "models", "example", "detail"));
            unmapped.items().forEach(i -> out.println(CsvExport.row(i.kind().name().toLowerCase(Locale.ROOT),
                    i.kind().file(), i.value(), i.models(), i.example(), i.detail())));
            spec.commandLine().getErr().println(countLine(unmapped));
        } else {
            options.printNotes(out);
            printText(unmapped, out);
        }
        out.flush();
        return options.strict && !unmapped.isEmpty() ? 2 : options.warnQuestionable();
    }

    /** The last line of the output: the number {@code --strict} tests. */
    static String countLine(Unmapped unmapped) {
        return unmapped.count() + " unmapped value" + (unmapped.count() == 1 ? "" : "s");
    }

    private static String detail(Unmapped.Item i) {
        if (i.detail().isEmpty()) {
            return "";
        }
        return switch (i.kind()) {
            case ORG_COUNTRY -> " — Epoch lists: " + i.detail();
            case MODEL_COUNTRY -> " — organisations: " + i.detail();
            case ORG_PARENT -> " — perhaps part of: " + i.detail();
            default -> " — " + i.detail();
        };
    }

    private void printText(Unmapped unmapped, PrintWriter out) {
        out.printf("%s, %s mappings%n", options.snapshot().provenance().describe(), options.edition().id());
        for (Unmapped.Item i : unmapped.items()) {
            out.printf("  %-18s %-40s %3d model%s, e.g. %s%s%n", i.kind().file(), i.value(), i.models(),
                    i.models() == 1 ? " " : "s", Formats.oneLine(i.example()), Formats.oneLine(detail(i)));
        }
        out.println(countLine(unmapped));
    }
}
