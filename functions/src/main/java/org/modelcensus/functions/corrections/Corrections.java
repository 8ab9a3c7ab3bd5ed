package org.modelcensus.functions.corrections;

import java.nio.file.Path;
import java.util.List;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.dataset.Snapshot;

/**
 * An analyst's corrections file: a CSV with the header {@code action,model,field,value,reason}
 * (further columns are allowed and ignored, e.g. a note). Actions:
 * <ul>
 * <li>{@code set}: set {@code field} of the model named {@code model} (exact name after trimming) to
 *     {@code value}; the field is a column name of either schema generation ({@code System} or
 *     {@code Model}, ...);</li>
 * <li>{@code remove}: drop the model;</li>
 * <li>{@code add}: create a model, one row per field, rows of the same model accumulating;</li>
 * <li>{@code add_from}: copy the model from the snapshot file in {@code value}, resolved against the
 *     corrections file's directory first, then as given.</li>
 * </ul>
 * Each row needs a non-empty reason and must take effect: an unknown action, field or model, a
 * second {@code set} of the same field, an {@code add} of a model that exists, an added model without
 * a publication date, or a date or number that does not parse stops with a {@link BadInputException}
 * naming file, line and column. Rows apply in file order.
 */
public final class Corrections {
    private final String source;
    private final Path baseDir;
    private final List<Correction> rows;

    private Corrections(String source, Path baseDir, List<Correction> rows) {
        this.source = source;
        this.baseDir = baseDir;
        this.rows = List.copyOf(rows);
    }

    /** Reads and checks a corrections file (row by row; checks against a snapshot come with {@link #apply}). */
    public static Corrections load(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        return new Corrections(file.toString(), dir, CorrectionFile.read(file));
    }

    /**
     * Reads and checks corrections from text (e.g. a resource of the jar); {@code add_from} files
     * resolve against {@code baseDir} (may be null) first.
     */
    public static Corrections parse(String source, String text, Path baseDir) {
        return new Corrections(source, baseDir, CorrectionFile.parse(source, text.startsWith("\uFEFF") ? text.substring(1) : text));
    }

    /** The file the corrections were read from. */
    public String source() {
        return source;
    }

    /** The number of correction rows. */
    public int size() {
        return rows.size();
    }

    /**
     * The snapshot with every row applied, and the applied rows.
     *
     * @throws BadInputException at the first row that cannot take effect on this snapshot
     */
    public Corrected apply(Snapshot snapshot) {
        Applier applier = new Applier(snapshot, baseDir);
        rows.forEach(applier::apply);
        return new Corrected(applier.result(source), source, applier.applied());
    }

    /**
     * The snapshot with every row applied tolerantly, as ledger hypotheses are: a row already in
     * effect — {@code add} or {@code add_from} of a model that exists, {@code remove} of a model that
     * is absent, {@code set} to the value already there — is skipped and listed in
     * {@link Corrected#skipped()} instead of stopping. {@code add_from} files are also looked for in
     * {@code searchDirs} (e.g. the directory of the snapshot being checked).
     *
     * @throws BadInputException at the first row that can take no effect (e.g. {@code set} of a model that is absent)
     */
    public Corrected applyTolerantly(Snapshot snapshot, List<Path> searchDirs) {
        Applier applier = new Applier(snapshot, baseDir, true, searchDirs);
        rows.forEach(applier::apply);
        return new Corrected(applier.result(source), source, applier.applied(), applier.skipped());
    }
}
