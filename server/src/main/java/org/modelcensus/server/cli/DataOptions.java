package org.modelcensus.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modelcensus.functions.corrections.Applied;
import org.modelcensus.functions.corrections.Corrected;
import org.modelcensus.functions.corrections.Corrections;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.Mappings;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.normalize.Normalizer;
import org.modelcensus.functions.normalize.OrgAliases;
import org.modelcensus.functions.normalize.OrgCategories;
import org.modelcensus.functions.normalize.Unmapped;
import org.modelcensus.functions.dataset.Provenance;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every data-reading command shares: data (or a stored snapshot), edition, mappings, corrections. */
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

    @Option(names = "--report", paramLabel = "ID", description = "built-in report edition, as `census editions` "
            + "lists them (default: the newest with printed figures)")
    String report;

    @Option(names = "--edition", paramLabel = "FILE", description = "edition file (JSON) of one's own; overrides --report")
    Path editionFile;

    @Option(names = "--mappings", description = "directory whose mapping CSVs replace the built-in ones of the same name")
    Path mappings;

    @Option(names = "--corrections", paramLabel = "FILE",
            description = "analyst corrections CSV (action,model,field,value,reason) applied to the data before "
                    + "normalization; repeat to apply several files in order")
    List<Path> corrections = new ArrayList<>();

    @Option(names = "--orgs", paramLabel = "FILE", description = "Epoch all-models export (columns Organization, "
            + "Organization categorization): organisation types for organisations org_category.csv does not type, "
            + "used when the snapshot has no categorization for a model")
    Path orgs;

    @Option(names = "--strict", description = "exit 2 when the data has questionable values (training compute "
            + "outside (0, 1e32], dates before 1950 or after today, duplicate names, control characters, no rows; each "
            + "is a warning without it) or unmapped values reach a table (see census unmapped)")
    boolean strict;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private Snapshot snapshot;
    private Snapshot uncorrected;
    private NormalizedDataset normalizedUncorrected;
    private String storedNote;
    private Edition edition;
    private final List<Corrected> corrected = new ArrayList<>();
    private NormalizedDataset normalized;
    private boolean questionablePrinted;
    private boolean mappingsListed;

    /** The edition of {@code --edition}, else of {@code --report}, read once. */
    Edition edition() {
        if (edition == null) {
            edition = editionFile != null ? Edition.load(editionFile)
                    : report != null ? Edition.of(report) : Edition.latestPublished();
        }
        return edition;
    }

    /** The snapshot (read once), with every {@code --corrections} file applied in order. */
    Snapshot snapshot() {
        if (snapshot == null) {
            List<Corrections> fixes = corrections.stream().map(Corrections::load).toList();
            snapshot = read();
            uncorrected = snapshot;
            for (Corrections f : fixes) {
                Corrected c = f.apply(snapshot);
                corrected.add(c);
                snapshot = c.snapshot();
            }
        }
        return snapshot;
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
        snapshot();
        return uncorrected;
    }

    /** The snapshot as read, before {@code --corrections}, normalized with the same mappings. */
    NormalizedDataset normalizedUncorrected() {
        if (corrected().isEmpty()) {
            return normalized();
        }
        if (normalizedUncorrected == null) {
            normalizedUncorrected = new Normalizer(loadMappings()).normalize(uncorrected());
        }
        return normalizedUncorrected;
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
        snapshot();
        return corrected;
    }

    /** The mappings of the edition, with {@code --mappings} overrides and {@code --orgs} types. */
    Mappings loadMappings() {
        if (mappings != null && !mappingsListed) {
            mappingsListed = true;
            PrintWriter err = command.commandLine().getErr();
            List<String> replaced = Mappings.overrides(mappings);
            err.println("# --mappings " + mappings + " replaces: "
                    + (replaced.isEmpty() ? "nothing (no mapping file in it)" : String.join(", ", replaced)));
            err.flush();
        }
        OrgCategories types = orgs == null ? null : OrgCategories.read(orgs, OrgAliases.load(mappings));
        return Mappings.load(edition(), mappings, types);
    }

    NormalizedDataset normalized() {
        if (normalized == null) {
            normalized = new Normalizer(loadMappings()).normalize(snapshot());
        }
        return normalized;
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
