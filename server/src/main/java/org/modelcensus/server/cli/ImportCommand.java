package org.modelcensus.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.Mappings;
import org.modelcensus.server.store.SnapshotStore;
import org.modelcensus.server.store.SnapshotTooLargeException;
import org.modelcensus.server.store.StoredSnapshot;
import org.modelcensus.server.store.UrlImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "Store an Epoch CSV (a file or a public https URL) in a snapshot store, "
        + "durably and under its sha256 as the server does, and print its id, schema generation, missing fields, "
        + "unmapped values and what changed since the snapshot imported before it.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE|URL", description = "the Epoch CSV: a file path or a public https URL")
    String source;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "the snapshot store directory "
            + "(created if missing; the one serve --store DIR serves)")
    Path store;

    @Option(names = "--report", defaultValue = "spri-2025", description = "the edition whose mappings the unmapped "
            + "summary uses (default: ${DEFAULT-VALUE})")
    String report;

    @Option(names = "--mappings", description = "directory whose mapping CSVs replace the built-in ones of the same name")
    Path mappings;

    @Mixin
    Lang lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Mappings rules = Mappings.load(Edition.of(report), mappings);
        SnapshotStore snapshots = SnapshotStore.open(store);
        PrintWriter err = spec.commandLine().getErr();
        snapshots.recoveryNotes().forEach(n -> err.println("census: store " + store + ": " + n));
        StoredSnapshot stored = isUrl(source) ? new UrlImport(snapshots).importUrl(source) : putFile(snapshots);
        QuestionableNotes.print(err, snapshots.snapshot(stored.info().id()).questionable(), false);
        PrintWriter out = spec.commandLine().getOut();
        new ImportSummary(snapshots, store, stored.info().id(), report, rules, lang).print(stored, out);
        out.flush();
        return 0;
    }

    /** Anything with a scheme is a URL, so that http:// and ftp:// meet the https-only refusal rather than "no such file". */
    private static boolean isUrl(String source) {
        return source.matches("(?i)[a-z][a-z0-9+.-]*://.*");
    }

    private StoredSnapshot putFile(SnapshotStore snapshots) {
        try (InputStream in = Files.newInputStream(Path.of(source))) {
            // Refused by its size before a byte is read: a file too large costs no memory.
            if (Files.size(Path.of(source)) > snapshots.maxBytes()) {
                throw new SnapshotTooLargeException(source, snapshots.maxBytes());
            }
            // The store keeps only the last path segment as the snapshot's name.
            return snapshots.put(source, in);
        } catch (BadInputException e) {
            // The store names the file by its last segment; the user typed this path.
            throw new BadInputException(source, e.line(), e.column(), e.problem(), e);
        } catch (NoSuchFileException e) {
            throw new BadInputException(source, 0, 0, "no such file", e);
        } catch (IOException | InvalidPathException e) {
            throw new BadInputException(source, 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }
}
