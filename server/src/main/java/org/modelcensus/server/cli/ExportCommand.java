package org.modelcensus.server.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.export.CsvExport;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.query.LongTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Write one normalized table (Models, Countries, Domains, Tasks, OrgTypes, "
        + "Developers) as CSV for pandas: numbers as numbers, blanks empty, formula-like text neutralized.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DataOptions options;

    @Option(names = "--table", required = true, description = "Models, Countries, Domains, Tasks, OrgTypes or Developers")
    String table;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE (UTF-8) instead of standard output")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        NormalizedDataset data = options.normalized();
        if (!data.tables().containsKey(table)) {
            throw new BadInputException("--table", 0, 0, "unknown table '" + table + "'; use one of "
                    + String.join(", ", data.tables().keySet()));
        }
        int unmapped = options.warnUnmapped(spec.commandLine().getErr());
        if (unmapped != 0) {
            return unmapped;
        }
        LongTable t = data.table(table);
        options.printNotes(spec.commandLine().getErr());
        String provenance = options.provenanceLine() + "\n";
        if (out == null) {
            spec.commandLine().getOut().print(provenance);
            CsvExport.write(t, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
        } else {
            write(provenance, t, out);
            spec.commandLine().getErr().println("wrote " + t.size() + " rows of " + table + " to " + out);
        }
        return 0;
    }

    private static void write(String provenance, LongTable t, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(provenance);
            CsvExport.write(t, w);
        } catch (IOException e) {
            throw new BadInputException(file.toString(), 0, 0, "cannot write: " + e.getMessage(), e);
        }
    }
}
