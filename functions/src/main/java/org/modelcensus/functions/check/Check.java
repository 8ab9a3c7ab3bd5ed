package org.modelcensus.functions.check;

import org.modelcensus.functions.report.ComputedCell;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.Reports;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.modelcensus.functions.corrections.Corrected;
import org.modelcensus.functions.corrections.Corrections;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.normalize.NormalizedModel;
import org.modelcensus.functions.normalize.Normalizer;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.query.Query;

/**
 * The comparison of a computed report with the printed one: per table, cells equal to the printed
 * figure out of printed cells; every differing cell with both values, the models behind the computed
 * value and, joined from the edition's explanation {@link Ledger}, its status and causes.
 *
 * <p>Status of a printed cell: {@code equal}; {@code explained} (not equal, and at least one of its
 * ledger causes verifies: the data causes — all hypothesis files of the cell applied tolerantly, in
 * ledger order, to the data checked — give a recomputed value equal to the print, or a
 * {@code report-arithmetic} expression gives the print at its printed precision, or a
 * {@code report-transcription} expression over other printed figures gives the computed value at the
 * printed precision); {@code unexplained} otherwise (no cause, only {@code open} causes, or causes
 * that do not verify on this data). Each distinct set of hypothesis files is recomputed once.
 *
 * @param ledger where the ledger joined was read from (empty when none was joined)
 */
public record Check(String edition, List<CellResult> cells, String ledger) {

    /** A printed cell's status. */
    public enum Status {
        EQUAL, EXPLAINED, UNEXPLAINED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One cause of a cell with its verification on this data: {@code verified} is null for an equal
     * cell (nothing to verify); {@code note} says what the recomputation or expression gave.
     */
    public record CauseResult(Cause cause, Boolean verified, String note) {
    }

    /**
     * One printed cell against its computed value ({@code null} when no such cell was computed);
     * {@code modelsBehind} names the models the computed value counts (for a share: numerator and
     * denominator), for differing cells only; {@code status} and {@code causes} come from the ledger.
     */
    public record CellResult(PrintedFigure printed, Object computed, boolean equal, List<String> modelsBehind,
            Status status, List<CauseResult> causes) {

        public CellResult {
            causes = List.copyOf(causes);
        }

        /** A cell without ledger causes: equal or unexplained. */
        public CellResult(PrintedFigure printed, Object computed, boolean equal, List<String> modelsBehind) {
            this(printed, computed, equal, modelsBehind, equal ? Status.EQUAL : Status.UNEXPLAINED, List.of());
        }

        public CellKey key() {
            return printed.key();
        }
    }

    /** Cells by status. */
    public record Totals(int cells, int equal, int explained, int unexplained) {
        static Totals of(List<CellResult> cells) {
            int eq = 0;
            int ex = 0;
            for (CellResult c : cells) {
                eq += c.status() == Status.EQUAL ? 1 : 0;
                ex += c.status() == Status.EXPLAINED ? 1 : 0;
            }
            return new Totals(cells.size(), eq, ex, cells.size() - eq - ex);
        }

        /** Equal cells as a percentage of cells, one decimal (0 when there are none). */
        public double equalPercent() {
            return cells == 0 ? 0 : Math.round(1000.0 * equal / cells) / 10.0;
        }
    }

    public Check(String edition, List<CellResult> cells) {
        this(edition, cells, "");
    }

    /** How many recomputations (one per distinct set of hypothesis files) checks have made: for tests. */
    static final AtomicLong RECOMPUTATIONS = new AtomicLong();

    /** Equal cells out of printed cells for one table. */
    public record TableScore(String table, int equal, int printed) {
    }

    /** Compares every printed figure of the report's edition with the computed cell. */
    public static Check of(Report report, PublishedFigures figures) {
        List<CellResult> out = new ArrayList<>();
        for (PrintedFigure f : figures.of(report.edition())) {
            Query q = report.definition(f.key());
            Object computed = q == null ? null : report.value(f.key());
            boolean equal = q != null && f.matches(computed);
            List<String> behind = equal || q == null ? List.of() : new ModelsBehind(report, q);
            out.add(new CellResult(f, computed, equal, behind));
        }
        return new Check(report.edition().id(), out);
    }

    /**
     * The check joined with an explanation ledger: every differing cell's causes verified on the
     * report's data (see the class comment). {@code searchDirs} are further directories where an
     * {@code add_from} snapshot of a hypothesis is looked for (e.g. the checked snapshot's directory).
     */
    public static Check of(Report report, PublishedFigures figures, Ledger ledger, List<Path> searchDirs) {
        Check plain = of(report, figures);
        Map<List<String>, Map<String, Corrections>> groups = new LinkedHashMap<>();
        Map<List<String>, List<CellKey>> groupCells = new LinkedHashMap<>();
        for (CellResult c : plain.cells()) {
            if (c.equal()) {
                continue;
            }
            Map<String, Corrections> files = new LinkedHashMap<>();
            for (Cause cause : ledger.of(c.key())) {
                if (cause.kind().isData()) {
                    files.putIfAbsent(cause.hypothesis(), cause.data());
                }
            }
            if (!files.isEmpty()) {
                List<String> key = List.copyOf(files.keySet());
                groups.putIfAbsent(key, files);
                groupCells.computeIfAbsent(key, k -> new ArrayList<>()).add(c.key());
            }
        }
        Map<CellKey, String> dataNotes = new LinkedHashMap<>();
        Map<CellKey, Boolean> dataVerified = new LinkedHashMap<>();
        groups.forEach((names, files) -> recompute(report, names, files, groupCells.get(names), searchDirs,
                plain, dataVerified, dataNotes));
        List<CellResult> out = new ArrayList<>();
        for (CellResult c : plain.cells()) {
            List<CauseResult> causes = new ArrayList<>();
            boolean explained = false;
            for (Cause cause : ledger.of(c.key())) {
                CauseResult r = c.equal() ? new CauseResult(cause, null, "not needed: the cell is equal on this data")
                        : verify(cause, c, dataVerified, dataNotes);
                explained |= Boolean.TRUE.equals(r.verified());
                causes.add(r);
            }
            Status status = c.equal() ? Status.EQUAL : explained ? Status.EXPLAINED : Status.UNEXPLAINED;
            out.add(new CellResult(c.printed(), c.computed(), c.equal(), c.modelsBehind(), status, causes));
        }
        return new Check(plain.edition(), out, ledger.source());
    }

    /** Applies one set of hypothesis files (tolerantly, in order) and recomputes the cells that name it. */
    private static void recompute(Report report, List<String> names, Map<String, Corrections> files, List<CellKey> cells,
            List<Path> searchDirs, Check plain, Map<CellKey, Boolean> verified, Map<CellKey, String> notes) {
        RECOMPUTATIONS.incrementAndGet();
        Snapshot data = report.data().snapshot();
        int skipped = 0;
        Report again;
        try {
            for (Corrections f : files.values()) {
                Corrected c = f.applyTolerantly(data, searchDirs);
                skipped += c.skipped().size();
                data = c.snapshot();
            }
            again = Reports.build(new Normalizer(report.data().mappings()).normalize(data));
        } catch (BadInputException e) {
            for (CellKey k : cells) {
                verified.put(k, false);
                notes.put(k, "did not verify: the hypothesis cannot be applied to this data: " + e.getMessage());
            }
            return;
        }
        String with = "recomputed with " + String.join(" + ", names)
                + (skipped == 0 ? "" : " (" + skipped + (skipped == 1 ? " row" : " rows") + " already in effect, skipped)");
        for (CellKey k : cells) {
            PrintedFigure f = plain.cells().stream().filter(c -> c.key().equals(k)).findFirst().orElseThrow().printed();
            Object value = again.definition(k) == null ? null : again.value(k);
            boolean ok = again.definition(k) != null && f.matches(value);
            verified.put(k, ok);
            notes.put(k, (ok ? "" : "did not verify: ") + with + ": " + ComputedCell.format(value)
                    + (ok ? " = printed" : ", printed " + shown(f)));
        }
    }

    private static CauseResult verify(Cause cause, CellResult c, Map<CellKey, Boolean> dataVerified,
            Map<CellKey, String> dataNotes) {
        return switch (cause.kind().category()) {
            case DATA -> new CauseResult(cause, dataVerified.get(c.key()), dataNotes.get(c.key()));
            case ARITHMETIC -> {
                double v = cause.expression().value();
                boolean ok = c.printed().matches(v);
                yield new CauseResult(cause, ok, (ok ? "" : "did not verify: ") + cause.hypothesis() + " = "
                        + ComputedCell.format(v) + (ok ? ", the printed " : ", not the printed ") + shown(c.printed()));
            }
            case TRANSCRIPTION -> {
                double v = cause.expression().value();
                boolean ok = c.computed() instanceof Double d && c.printed().sameAtPrintedPrecision(v, d);
                yield new CauseResult(cause, ok, (ok ? "" : "did not verify: ") + cause.hypothesis() + " = "
                        + ComputedCell.format(v) + (ok ? ", the computed value at the printed precision (the print is a slip)"
                        : ", not the computed " + ComputedCell.format(c.computed()) + " at the printed precision"));
            }
            case OPEN -> new CauseResult(cause, false, "open: no accepted cause");
        };
    }

    private static String shown(PrintedFigure f) {
        return f.published().isEmpty() ? "(blank)" : f.published();
    }

    /**
     * The names of the models behind a differing cell, listed when first read: a workbook or a score
     * never reads them, and for 100,000 models they are millions of strings (most cells differ).
     */
    private static final class ModelsBehind extends AbstractList<String> {
        private Report report;
        private Query query;
        private List<String> names;

        ModelsBehind(Report report, Query query) {
            this.report = report;
            this.query = query;
        }

        private synchronized List<String> names() {
            if (names == null) {
                names = List.copyOf(modelsBehind(report, query));
                report = null;
                query = null;
            }
            return names;
        }

        @Override
        public String get(int index) {
            return names().get(index);
        }

        @Override
        public int size() {
            return names().size();
        }
    }

    private static List<String> modelsBehind(Report report, Query q) {
        List<String> names = new ArrayList<>();
        for (int id : report.evaluator().rowsBehind(q)) {
            NormalizedModel m = report.data().model(id);
            names.add(m.name() + " (" + (m.date().isEmpty() ? "undated" : m.date()) + ")");
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    public int equal() {
        return (int) cells.stream().filter(CellResult::equal).count();
    }

    /** Cells by status, overall. */
    public Totals totals() {
        return Totals.of(cells);
    }

    /**
     * Explained cells by the strength of their explanation: the weakest of the causes that verified on
     * the cell (data hypotheses verify together, so a cell explained by a strong and a speculative
     * addition is speculative). Strongest first; every strength present, zeros included.
     */
    public Map<Cause.Strength, Integer> explainedByStrength() {
        Map<Cause.Strength, Integer> out = new EnumMap<>(Cause.Strength.class);
        for (Cause.Strength s : Cause.Strength.values()) {
            out.put(s, 0);
        }
        for (CellResult c : cells) {
            if (c.status() != Status.EXPLAINED) {
                continue;
            }
            c.causes().stream().filter(cr -> Boolean.TRUE.equals(cr.verified())).map(cr -> cr.cause().strength())
                    .max(Comparator.naturalOrder()).ifPresent(s -> out.merge(s, 1, Integer::sum));
        }
        return out;
    }

    /** Cells by status among those of one {@link PrintedFigure#kind()} ({@code number}, {@code blankAsZero}, ...). */
    public Totals totals(String figureKind) {
        return Totals.of(cells.stream().filter(c -> c.printed().kind().equals(figureKind)).toList());
    }

    /** Cells by status per table, in the order tables first appear among the printed figures. */
    public Map<String, Totals> tableTotals() {
        Map<String, List<CellResult>> by = new LinkedHashMap<>();
        cells.forEach(c -> by.computeIfAbsent(c.key().table(), k -> new ArrayList<>()).add(c));
        Map<String, Totals> out = new LinkedHashMap<>();
        by.forEach((t, list) -> out.put(t, Totals.of(list)));
        return out;
    }

    /**
     * The side effects of corrections: cells equal in {@code without} (the check of the uncorrected
     * data) that differ in {@code with} (the check of the corrected data), as pairs of the two results.
     */
    public static List<CellResult[]> sideEffects(Check without, Check with) {
        Map<CellKey, CellResult> before = new LinkedHashMap<>();
        without.cells().forEach(c -> before.put(c.key(), c));
        List<CellResult[]> out = new ArrayList<>();
        for (CellResult c : with.cells()) {
            CellResult b = before.get(c.key());
            if (b != null && b.equal() && !c.equal()) {
                out.add(new CellResult[] {b, c});
            }
        }
        return out;
    }

    /** The cells matching a condition. */
    public List<CellResult> cells(Predicate<CellResult> which) {
        return cells.stream().filter(which).toList();
    }

    public int printed() {
        return cells.size();
    }

    /** Scores per table, in the order tables first appear among the printed figures. */
    public List<TableScore> tables() {
        Map<String, int[]> scores = new LinkedHashMap<>();
        for (CellResult c : cells) {
            int[] s = scores.computeIfAbsent(c.printed().key().table(), k -> new int[2]);
            s[0] += c.equal() ? 1 : 0;
            s[1]++;
        }
        List<TableScore> out = new ArrayList<>();
        scores.forEach((t, s) -> out.add(new TableScore(t, s[0], s[1])));
        return out;
    }

    public List<CellResult> differences() {
        return cells.stream().filter(c -> !c.equal()).toList();
    }

    /** The score of one table. */
    public TableScore table(String id) {
        return tables().stream().filter(t -> t.table().equals(id)).findFirst()
                .orElse(new TableScore(id, 0, 0));
    }
}
