package org.modelcensus.functions.corrections;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.dataset.Columns;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Field;
import org.modelcensus.functions.dataset.ModelRecord;
import org.modelcensus.functions.dataset.Provenance;
import org.modelcensus.functions.dataset.Snapshot;

/** Applies correction rows one by one to a working copy of a snapshot's records. */
final class Applier {
    private final Snapshot target;
    private final Columns columns;
    private final Path baseDir;
    private final List<ModelRecord> records;
    /** Models created by {@code add} rows: name → first row. */
    private final Map<String, Correction> added = new LinkedHashMap<>();
    /** Fields already given a value by this file: model and field → line. */
    private final Map<String, Long> given = new HashMap<>();
    private final Map<Path, Snapshot> others = new HashMap<>();
    private final List<Applied> applied = new ArrayList<>();
    /** Tolerant mode: rows already in effect are skipped (and listed) instead of stopping. */
    private final boolean tolerant;
    /** Further directories an {@code add_from} file is looked for in, after the base directory and as given. */
    private final List<Path> searchDirs;
    private final List<Applied> skipped = new ArrayList<>();
    /** Models whose {@code add} rows are skipped because the model already exists (tolerant mode). */
    private final Map<String, Correction> skippedAdds = new HashMap<>();

    Applier(Snapshot target, Path baseDir) {
        this(target, baseDir, false, List.of());
    }

    Applier(Snapshot target, Path baseDir, boolean tolerant, List<Path> searchDirs) {
        this.target = target;
        this.columns = target.columns();
        this.baseDir = baseDir;
        this.records = new ArrayList<>(target.models());
        this.tolerant = tolerant;
        this.searchDirs = List.copyOf(searchDirs);
    }

    void apply(Correction c) {
        switch (c.action()) {
            case SET -> set(c);
            case REMOVE -> remove(c);
            case ADD -> add(c);
            case ADD_FROM -> addFrom(c);
        }
    }

    List<Applied> applied() {
        return applied;
    }

    /** The rows skipped as already in effect (tolerant mode only). */
    List<Applied> skipped() {
        return skipped;
    }

    /** The corrected snapshot; its provenance names the corrections after the data source. */
    Snapshot result(String correctionsSource) {
        for (Correction first : added.values()) {
            int i = indexOf(first.model());
            if (i >= 0 && records.get(i).get(Field.PUBLICATION_DATE).isBlank()) {
                throw first.error(Correction.MODEL, "added model '" + first.model() + "' has no "
                        + Field.PUBLICATION_DATE.column() + " row, so it would count in no table");
            }
        }
        Provenance p = target.provenance();
        Provenance corrected = p.withSource(p.source() + " + corrections " + correctionsSource, records.size());
        return new Snapshot(corrected, columns, records, target.questionable());
    }

    private void set(Correction c) {
        int i = find(c);
        String column = column(c);
        once(c, "set");
        ModelRecord r = records.get(i);
        if (tolerant && r.get(column).equals(c.value())) {
            skipped.add(c.applied(r.get(column), c.value()));
            return;
        }
        applied.add(c.applied(r.get(column), c.value()));
        records.set(i, r.with(column, c.value()));
    }

    private void remove(Correction c) {
        if (tolerant && indexOf(c.model()) < 0) {
            skipped.add(c.applied("absent", ""));
            return;
        }
        ModelRecord r = records.remove(find(c));
        applied.add(c.applied(r.line() > 0 ? "was line " + r.line() + " of " + target.provenance().source()
                : "was added by this file", ""));
    }

    private void add(Correction c) {
        String column = column(c);
        if (tolerant && (skippedAdds.containsKey(c.model())
                || !added.containsKey(c.model()) && indexOf(c.model()) >= 0)) {
            skippedAdds.putIfAbsent(c.model(), c);
            skipped.add(c.applied("model exists", c.value()));
            return;
        }
        if (!added.containsKey(c.model())) {
            ensureAbsent(c);
            added.put(c.model(), c);
            String[] blank = new String[columns.size()];
            Arrays.fill(blank, "");
            records.add(new ModelRecord(columns, blank, 0).with(Field.NAME.column(), c.model()));
        }
        once(c, "given");
        int i = indexOf(c.model());
        applied.add(c.applied(records.get(i).get(column), c.value()));
        records.set(i, records.get(i).with(column, c.value()));
    }

    private void addFrom(Correction c) {
        if (tolerant && indexOf(c.model()) >= 0) {
            skipped.add(c.applied("model exists", c.value()));
            return;
        }
        ensureAbsent(c);
        Snapshot other = other(c);
        List<ModelRecord> matches = other.models().stream().filter(r -> r.name().equals(c.model())).toList();
        if (matches.size() != 1) {
            throw c.error(Correction.MODEL, (matches.isEmpty() ? "no model '" : "several models '") + c.model()
                    + "' in " + other.provenance().source());
        }
        records.add(matches.get(0).reshape(columns));
        applied.add(c.applied("", other.provenance().source() + " line " + matches.get(0).line()));
    }

    /**
     * The snapshot file of an {@code add_from} row: beside the corrections file, else as given, else in
     * the further search directories (the checked snapshot's own directory for ledger hypotheses).
     */
    private Snapshot other(Correction c) {
        Path file = null;
        try {
            Path given = Path.of(c.value());
            List<Path> candidates = new ArrayList<>();
            if (baseDir != null) {
                candidates.add(baseDir.resolve(given).normalize());
            }
            candidates.add(given);
            searchDirs.forEach(d -> candidates.add(d.resolve(given).normalize()));
            file = candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
        } catch (InvalidPathException e) {
            throw c.error(Correction.VALUE, "'" + c.value() + "' is not a file path");
        }
        if (file == null) {
            throw c.error(Correction.VALUE, "no snapshot file '" + c.value() + "' beside the corrections file ("
                    + baseDir + ") or from the working directory" + (searchDirs.isEmpty() ? "" : " or in " + searchDirs));
        }
        try {
            return others.computeIfAbsent(file, EpochCsv::read);
        } catch (BadInputException e) {
            throw c.error(Correction.VALUE, "cannot read the snapshot to copy from: " + e.getMessage());
        }
    }

    /** The position of the one model the row names; an error when there is none or several. */
    private int find(Correction c) {
        int i = indexOf(c.model());
        if (i < 0) {
            String hint = records.stream().map(ModelRecord::name).filter(n -> n.equalsIgnoreCase(c.model()))
                    .map(n -> " (did you mean '" + n + "'?)").findFirst().orElse("");
            throw c.error(Correction.MODEL, "model '" + c.model() + "' not found in "
                    + target.provenance().source() + "; names match exactly after trimming" + hint);
        }
        if (records.subList(i + 1, records.size()).stream().anyMatch(r -> r.name().equals(c.model()))) {
            throw c.error(Correction.MODEL, "several models are named '" + c.model() + "'");
        }
        return i;
    }

    private int indexOf(String model) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).name().equals(model)) {
                return i;
            }
        }
        return -1;
    }

    private void ensureAbsent(Correction c) {
        int i = indexOf(c.model());
        if (i >= 0) {
            long line = records.get(i).line();
            throw c.error(Correction.MODEL, "model '" + c.model() + "' already exists"
                    + (line > 0 ? " (line " + line + " of " + target.provenance().source() + ")" : "")
                    + "; use set to change its fields");
        }
    }

    /** The snapshot column of the row's field (aliases already mapped to canonical names). */
    private String column(Correction c) {
        if (!columns.contains(c.field())) {
            throw c.error(Correction.FIELD, "unknown field '" + c.field() + "': not a column of "
                    + target.provenance().source() + " (schema " + target.provenance().generation()
                    + "); its columns are " + columns.names());
        }
        return c.field();
    }

    /** Records that the row gives its model's field a value; an error when an earlier row did. */
    private void once(Correction c, String verb) {
        Long earlier = given.putIfAbsent(c.model() + "\u0000" + c.field(), c.line());
        if (earlier != null) {
            throw c.error(Correction.FIELD, "field '" + c.field() + "' of '" + c.model() + "' is already "
                    + verb + " on line " + earlier);
        }
    }
}
