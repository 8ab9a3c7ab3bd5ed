package org.modelcensus.functions.drift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.modelcensus.functions.dataset.Provenance;
import org.modelcensus.functions.diff.Matching;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.query.Count;
import org.modelcensus.functions.query.Query;
import org.modelcensus.functions.report.ComputedCell;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.ReportTable;

/**
 * How every cell of one edition moved from snapshot A to snapshot B, and which models moved it.
 *
 * <p>Cells are compared by address (table, row, column); a cell whose value differs is listed. A
 * {@link CellKind#COUNT count} cell lists the models that entered or left it: each model's
 * {@code direction} is the number of rows it adds to the cell in B minus the number in A, found
 * with the report's own drill-down ({@link org.modelcensus.functions.query.Evaluator#rowCountsBehind}),
 * so that the directions add up to {@code after - before}. That is +1 or −1 for a model, except where a
 * cell counts tags (a summed domain group such as 시각 counts Vision and Video of one model twice).
 * Models are matched across the snapshots as {@code census diff} matches them ({@link Matching}:
 * link, then name; any schema generation), organisations after {@code org_alias.csv}. Each model line
 * gives its reasons ({@link Reason}, in that enum's order), each one that moves the model by itself:
 * the date when the year puts the model within the cell's years in one snapshot only; a tag,
 * organisation or mapping change when the model's rows meeting the cell's other criteria differ. A row
 * a table shows in one snapshot only (a country with no models, a developer under the table's
 * minimum) counts the other snapshot with the same definition, so its {@code before} (or
 * {@code after}) is that count, not blank.
 *
 * <p>Other cells (shares, growth, ranks, flags, list values: {@link CellKind}) are listed with their
 * values and no model lines: they are computed from count cells, which are listed on their own.
 *
 * <p>Example: {@code Drift.of(Reports.build(a), Reports.build(b)).rows()}
 */
public final class Drift {
    /** The header of {@link #rows()}. */
    public static final List<String> HEADER = List.of("table", "row", "column", "before", "after", "model",
            "direction", "reason");
    /**
     * Heap one model line takes while a drift is made and written: 423 bytes held by the line, 380 by its
     * row of {@link #rows()} (measured on two 3,000-model synthetic snapshots), and its rendered text.
     */
    public static final long BYTES_PER_MODEL_LINE = 1024;
    /** The training compute of Epoch's large-scale list: 10^23 FLOP and more. */
    static final double LARGE_SCALE_FLOP = 1e23;

    /** One reason, with the field and values behind it, e.g. {@code Publication date: 2023-12-28 → 2024-01-10}. */
    public record Cause(Reason reason, String detail) {
        /** {@code id: detail}, as the CSV writes it. */
        public String text() {
            return detail.isEmpty() ? reason.id() : reason.id() + ": " + detail;
        }
    }

    /** A model that entered ({@code direction > 0}) or left a count cell, and why. */
    public record ModelLine(String model, int direction, List<Cause> causes) {
        public ModelLine {
            causes = List.copyOf(causes);
        }

        /** The causes as the CSV's {@code reason} column writes them: {@code id: detail; id: detail}. */
        public String reason() {
            return String.join("; ", causes.stream().map(Cause::text).toList());
        }
    }

    /**
     * A cell whose value differs. {@code before} / {@code after} are {@link Double}, text or an
     * Excel error, or null for a non-count cell that one snapshot's table lacks; {@code inBefore} /
     * {@code inAfter} tell whether that snapshot's table has the cell at all.
     */
    public record Cell(CellKey key, CellKind kind, Object before, Object after, boolean inBefore, boolean inAfter,
            List<ModelLine> models) {
        public Cell {
            models = List.copyOf(models);
        }

        /** after − before of a count cell (a cell absent on one side counts as its translated count). */
        public int change() {
            return (int) Math.round(number(after) - number(before));
        }

        private static double number(Object v) {
            return v instanceof Double d ? d : 0;
        }
    }

    private final Provenance a;
    private final Provenance b;
    private final String edition;
    private final List<Cell> cells = new ArrayList<>();
    private final Explainer explainer;
    private final long maxModelLines;
    private long modelLines;

    private Drift(Report before, Report after, long maxModelLines) {
        if (!before.edition().id().equals(after.edition().id())) {
            throw new IllegalArgumentException("drift compares one edition: " + before.edition().id() + " vs "
                    + after.edition().id());
        }
        this.a = before.data().provenance();
        this.b = after.data().provenance();
        this.edition = after.edition().id();
        this.explainer = new Explainer(before, after);
        this.maxModelLines = maxModelLines;
        for (ReportTable tb : after.tables()) {
            ReportTable ta = before.table(tb.id());
            Map<CellKey, Query> keys = new LinkedHashMap<>(tb.cells());
            ta.cells().forEach(keys::putIfAbsent);
            for (CellKey key : keys.keySet()) {
                compare(key, ta.cells().get(key), tb.cells().get(key));
            }
        }
    }

    /** The drift of every cell from report A to report B (same edition; built by {@code Reports.build}). */
    public static Drift of(Report before, Report after) {
        return new Drift(before, after, Long.MAX_VALUE);
    }

    /**
     * As {@link #of(Report, Report)}, stopping with a {@link DriftTooLargeException} as soon as it would
     * list more than {@code maxModelLines} model lines, before they exhaust the heap.
     */
    public static Drift of(Report before, Report after, long maxModelLines) {
        return new Drift(before, after, maxModelLines);
    }

    /** The most model lines that {@code bytes} of heap hold while a drift is made and written. */
    public static long linesFitting(long bytes) {
        return Math.max(1, bytes / BYTES_PER_MODEL_LINE);
    }

    private void compare(CellKey key, Query qa, Query qb) {
        CellKind kind = CellKind.of(qb != null ? qb : qa);
        if (kind != CellKind.COUNT) {
            Object va = qa == null ? null : explainer.before.value(key);
            Object vb = qb == null ? null : explainer.after.value(key);
            if (!same(va, vb)) {
                cells.add(new Cell(key, kind, va, vb, qa != null, qb != null, List.of()));
            }
            return;
        }
        Count ca = qa instanceof Count c ? c
                : explainer.portable((Count) qb, explainer.after.data(), explainer.before.data());
        Count cb = qb instanceof Count c ? c
                : explainer.portable((Count) qa, explainer.before.data(), explainer.after.data());
        Object va = explainer.before.evaluator().evaluate(ca);
        Object vb = explainer.after.evaluator().evaluate(cb);
        if (same(va, vb)) {
            return;
        }
        Map<Integer, Integer> rowsA = explainer.before.evaluator().rowCountsBehind(ca);
        Map<Integer, Integer> rowsB = explainer.after.evaluator().rowCountsBehind(cb);
        Set<Aspect> aspects = Aspect.of(ca);
        aspects.addAll(Aspect.of(cb));
        Membership membership = new Membership(ca, cb, explainer);
        List<ModelLine> lines = new ArrayList<>();
        if (modelLines + rowsA.size() + rowsB.size() > maxModelLines) {
            // A cell adds at most a line per model either snapshot counts in it: stop before making them.
            long exact = modelLines + changedModels(rowsA, rowsB);
            if (exact > maxModelLines) {
                throw new DriftTooLargeException(maxModelLines);
            }
        }
        // Models of B first (B's order: those that entered), then models only A counts.
        for (var e : rowsB.entrySet()) {
            Integer idA = explainer.aOf.get(e.getKey());
            int n = e.getValue() - (idA == null ? 0 : rowsA.getOrDefault(idA, 0));
            if (n != 0) {
                lines.add(explainer.line(idA, e.getKey(), n, aspects, membership));
            }
        }
        for (var e : rowsA.entrySet()) {
            Integer idB = explainer.bOf.get(e.getKey());
            if (idB == null || !rowsB.containsKey(idB)) {
                lines.add(explainer.line(e.getKey(), idB, -e.getValue(), aspects, membership));
            }
        }
        modelLines += lines.size();
        cells.add(new Cell(key, kind, va, vb, qa != null, qb != null, lines));
    }

    /** How many model lines a count cell lists: the models whose rows in it differ between the snapshots. */
    private long changedModels(Map<Integer, Integer> rowsA, Map<Integer, Integer> rowsB) {
        long n = 0;
        for (var e : rowsB.entrySet()) {
            Integer idA = explainer.aOf.get(e.getKey());
            n += e.getValue() - (idA == null ? 0 : rowsA.getOrDefault(idA, 0)) != 0 ? 1 : 0;
        }
        for (var e : rowsA.entrySet()) {
            Integer idB = explainer.bOf.get(e.getKey());
            n += idB == null || !rowsB.containsKey(idB) ? 1 : 0;
        }
        return n;
    }

    private static boolean same(Object x, Object y) {
        return Objects.equals(x, y) || (x != null && y != null && ComputedCell.format(x).equals(ComputedCell.format(y)));
    }

    public Provenance a() {
        return a;
    }

    public Provenance b() {
        return b;
    }

    public String edition() {
        return edition;
    }

    /** Every cell whose value differs, table by table in B's report order (cells only A has after B's). */
    public List<Cell> cells() {
        return List.copyOf(cells);
    }

    /** How many model lines give each reason (a line with two reasons counts for both), in {@link Reason} order. */
    public Map<Reason, Integer> reasons() {
        Map<Reason, Integer> out = new java.util.EnumMap<>(Reason.class);
        cells.forEach(c -> c.models().forEach(m -> m.causes().forEach(x -> out.merge(x.reason(), 1, Integer::sum))));
        return out;
    }

    /** The number of model lines of all count cells. */
    public int modelLines() {
        return cells.stream().mapToInt(c -> c.models().size()).sum();
    }

    /**
     * The drift as rows of {@link #HEADER}: one per model line of a count cell; one per non-count cell
     * with model and direction empty and its {@link CellKind} id as the reason. Values are written as
     * {@code tables} writes them; a cell a table lacks is empty; directions as plain integers ({@code 1},
     * {@code -1}, {@code 2}), which a spreadsheet reads as numbers.
     */
    public List<List<String>> rows() {
        List<List<String>> out = new ArrayList<>();
        for (Cell c : cells) {
            String before = ComputedCell.format(c.before());
            String after = ComputedCell.format(c.after());
            List<String> head = List.of(c.key().table(), c.key().row(), c.key().column(), before, after);
            if (c.kind() != CellKind.COUNT) {
                out.add(concat(head, List.of("", "", c.kind().id())));
            }
            for (ModelLine m : c.models()) {
                out.add(concat(head, List.of(m.model(), Integer.toString(m.direction()), m.reason())));
            }
        }
        return out;
    }

    /** {@code +1}, {@code -1}, {@code +2}. */
    public static String signed(int direction) {
        return (direction > 0 ? "+" : "") + direction;
    }

    private static List<String> concat(List<String> x, List<String> y) {
        List<String> out = new ArrayList<>(x);
        out.addAll(y);
        return out;
    }
}
