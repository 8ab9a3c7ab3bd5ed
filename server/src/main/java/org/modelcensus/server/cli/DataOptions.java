package org.modelcensus.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.modelcensus.functions.corrections.Applied;
import org.modelcensus.functions.corrections.Corrected;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.normalize.Unmapped;
import org.modelcensus.functions.dataset.Provenance;
import org.modelcensus.functions.run.Run;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every data-reading command shares: data (or a stored snapshot) and the recipe options; they make one {@link Run}. */
final class DataOptions {
    /** The note every output made from the sample carries (on stderr, or stdout for {@code check}). */
    static final String SAMPLE_NOTE = "# " + SampleData.NOTE;
    static final String STORE_HELP = "snapshot store directory (as made by census import): snapshot arguments are then "
            + "stored snapshot ids (or unique prefixes of 8+ hex digits) or latest, the snapshot imported last";

    @Option(names = "--data", paramLabel = "FILE|URL|ID", description = "Epoch CSV: a file path or an https URL; with "
            + "--store, a stored snapshot's id or latest (default: the bundled sample)")
    String data;

    @Option(names = "--store", paramLabel = "DIR", description = STORE_HELP)
    Path store;

    @Mixin
    RecipeOptions recipeOptions;

    @Option(names = "--strict", description = "exit 2 when the data has questionable values (training compute "
            + "outside (0, 1e32], dates before 1950 or after today, duplicate names, control characters, no rows; each "
            + "is a warning without it) or unmapped values reach a table (see census unmapped)")
    boolean strict;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private Run run;
    private String storedNote;
    private boolean questionablePrinted;

    /** The run of the data and the recipe options, made once: every stage of the chain comes from it. */
    Run run() {
        if (run == null) {
            run = Run.reading(this::read, recipeOptions::resolved).searching(dataDirectory());
            recipeOptions.noteOverrides();
        }
        return run;
    }

    /** The run with a ledger file of one's own ({@code --ledger}), sharing its data stages; the run itself when null. */
    Run run(Path ledger) {
        return ledger == null ? run() : run().withLedger(ledger);
    }

    Edition edition() {
        return recipeOptions.edition();
    }

    /** The snapshot with every {@code --corrections} file applied in order. */
    Snapshot snapshot() {
        return run().corrected();
    }

    private Snapshot read() {
        if (store != null && data == null) {
            throw new BadInputException("--store", 0, 0, "name the stored snapshot to read: --data ID or --data "
                    + SnapshotArgument.LATEST);
        }
        Snapshot read = data == null ? SampleData.snapshot() : SnapshotArgument.read(store, "--data", data);
        if (store != null) {
            storedNote = "# stored snapshot " + read.provenance().sha256() + " (" + read.provenance().source() + ")";
        }
        return read;
    }

    /** The snapshot as read, before {@code --corrections}. */
    Snapshot uncorrected() {
        return run().snapshot();
    }

    /**
     * The directory of the {@code --data} file, where ledger hypotheses also look for the snapshots
     * they copy models from ({@code add_from}); empty for a URL, a stored snapshot or the sample.
     */
    List<Path> dataDirectory() {
        if (data == null || store != null || data.contains("://")) {
            return List.of();
        }
        try {
            Path parent = Path.of(data).toAbsolutePath().getParent();
            return parent == null ? List.of() : List.of(parent);
        } catch (java.nio.file.InvalidPathException e) {
            return List.of();
        }
    }

    /** The name of the data file (or URL, or stored snapshot source), without directories. */
    String dataName() {
        String s = uncorrected().provenance().source();
        return s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
    }

    /** The outcome of each corrections file, in the order applied (empty without {@code --corrections}). */
    List<Corrected> corrected() {
        return run().corrections();
    }

    NormalizedDataset normalized() {
        return run().normalized();
    }

    /**
     * Prints the one-line unmapped warning when unmapped values reach the tables; returns 2 when
     * {@code --strict} makes that an error, else 0.
     */
    int warnUnmapped(PrintWriter err) {
        int questionable = warnQuestionable();
        var warning = Unmapped.of(normalized()).warning();
        if (warning.isEmpty()) {
            return questionable;
        }
        err.println((strict ? "census: " : "# ") + warning.get() + (strict ? " (--strict)" : ""));
        err.flush();
        return strict ? 2 : 0;
    }

    /**
     * Prints a warning for each questionable value of the data (once, on stderr); returns 2 when
     * {@code --strict} makes them an error, else 0.
     */
    int warnQuestionable() {
        var found = snapshot().questionable();
        if (!questionablePrinted) {
            questionablePrinted = true;
            QuestionableNotes.print(command.commandLine().getErr(), found, strict);
        }
        return strict && !found.isEmpty() ? 2 : 0;
    }

    /**
     * Prints what the reader of an output must know about its data: a SAMPLE DATA label when no
     * {@code --data} was given, which stored snapshot {@code --data} named, the optional fields the
     * snapshot lacks (always on stderr), and which corrections were applied, one per line.
     */
    void printNotes(PrintWriter to) {
        if (snapshot().provenance().sample()) {
            to.println(SAMPLE_NOTE);
            to.flush();
        }
        if (storedNote != null) {
            to.println(storedNote);
        }
        printMissingFields(command.commandLine().getErr(), "", snapshot().provenance());
        warnQuestionable();
        for (Corrected c : corrected()) {
            to.println(c.summary());
            for (Applied a : c.applied()) {
                to.println("  " + a.describe());
            }
        }
    }

    /**
     * The comment line that leads every CSV and text output, e.g.
     * {@code # source=epoch.csv sha256=ab12... schema=2025 edition=spri-2025}: readers skip it as a comment.
     */
    String provenanceLine() {
        Provenance p = snapshot().provenance();
        return "# source=" + p.source() + " sha256=" + p.sha256() + " schema=" + p.generation()
                + " edition=" + edition().id() + (p.sample() ? " sample=true" : "");
    }

    /** One line, e.g. {@code # this snapshot lacks optional fields: ... (schema 2026)}, when the snapshot lacks any. */
    static void printMissingFields(PrintWriter err, String label, Provenance p) {
        if (!p.missingFields().isEmpty()) {
            err.println("# " + label + p.missingFieldsNote());
            err.flush();
        }
    }
}
