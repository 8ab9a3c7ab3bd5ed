package org.modelcensus.server.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.drift.Drift;
import org.modelcensus.functions.check.Check;
import org.modelcensus.functions.run.Run;
import org.modelcensus.workbook.TemplateWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "workbook", description = "Write the template workbook of a report: the normalized data as Excel "
        + "Tables, every table as native formulas over them, charts, Checks against the printed figures and an Index.")
final class WorkbookCommand implements Callable<Integer> {
    @Mixin
    DataOptions options;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "the workbook to write")
    Path out;

    @Option(names = "--compare", paramLabel = "SNAPSHOT", description = "an earlier snapshot (file, URL; with --store "
            + "an id or latest): adds a Drift sheet, what census drift SNAPSHOT DATA prints (the compared snapshot is "
            + "read as it is, without --corrections)")
    String compare;

    @Option(names = "--ledger", paramLabel = "FILE", description = "explanation ledger CSV for the Checks sheet's "
            + "explanation and cause columns instead of the edition's built-in ledger/<edition>.csv")
    Path ledgerFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new BadInputException("--out", 0, 0, "the workbook's name must end in .xlsx: " + out);
        }
        checkWritableDirectory();
        // Read first: a wrong --compare fails before the slow part.
        Snapshot before = compare == null ? null : SnapshotArgument.read(options.store, "--compare", compare);
        Run run = options.run(ledgerFile);
        // The ledger is read beside the normalization; a bad one still fails before the workbook is written
        // (TemplateWorkbook.Input.of reads it again: a failure is not kept).
        CompletableFuture.runAsync(run::ledger);
        int unmapped = options.warnUnmapped(spec.commandLine().getErr());
        if (unmapped != 0) {
            return unmapped;
        }
        var input = TemplateWorkbook.Input.of(run, Census.VERSION);
        options.printNotes(spec.commandLine().getErr());
        YearsNote.print(spec.commandLine().getErr(), input.report().data());
        YearsNote.printPreviews(spec.commandLine().getErr(), input.report());
        Drift drift = null;
        if (before != null) {
            DataOptions.printMissingFields(spec.commandLine().getErr(), "--compare: ", before.provenance());
            // The compared snapshot is read as it is: the corrections are this snapshot's.
            drift = DriftCommand.of(run.uncorrected().on(before), run);
        }
        TemplateWorkbook.Summary summary = write(input, drift);
        Check check = input.check();
        spec.commandLine().getErr().printf("wrote %s: %d sheets, %d formula cells, %d report cells indexed, "
                + "%d / %d printed cells equal; one world: %d explained, %d unexplained (%d of them broken by the scenario)%n",
                out, summary.sheets(), summary.formulaCells(), summary.indexedCells(), check.equal(), check.printed(),
                check.tablesTotals().explained(), check.tablesTotals().unexplained(),
                check.tableCells().stream().filter(Check.CellResult::broken).count());
        if (drift != null) {
            spec.commandLine().getErr().printf("Drift sheet: %d cells differ from %s, %d model lines%n",
                    drift.cells().size(), drift.a().source(), drift.modelLines());
        }
        return 0;
    }

    /** Writes beside the target and renames into place: a failure leaves any earlier file intact. */
    private TemplateWorkbook.Summary write(TemplateWorkbook.Input input, Drift drift) throws IOException {
        Path tmp = out.toAbsolutePath().getParent()
                .resolve(".census-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".xlsx.tmp");
        try {
            TemplateWorkbook.Summary summary;
            try (OutputStream o = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                summary = TemplateWorkbook.write(input, drift, o);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (FileSystemException e) {
            // The directory vanished or refused us after the check: still the argument's problem, not a crash.
            throw cannotWrite(e.getReason() == null ? e.toString() : e.getReason(), e);
        } catch (IOException e) {
            // A full disk is not the argument's fault: exit 1, still on one line.
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Fails fast, before the data is read, when the workbook cannot be written where {@code --out} says. */
    private void checkWritableDirectory() {
        Path dir = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw cannotWrite("no such directory " + dir, null);
        }
        if (!Files.isWritable(dir)) {
            throw cannotWrite("the directory " + dir + " is not writable", null);
        }
        if (Files.isDirectory(out)) {
            throw cannotWrite("it is a directory", null);
        }
    }

    private BadInputException cannotWrite(String why, Exception cause) {
        return new BadInputException("--out", 0, 0, "cannot write " + out + ": " + why, cause);
    }
}
