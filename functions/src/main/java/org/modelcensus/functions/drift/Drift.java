package org.modelcensus.functions.drift;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.modelcensus.functions.dataset.Field;
import org.modelcensus.functions.dataset.ModelRecord;
import org.modelcensus.functions.dataset.Provenance;
import org.modelcensus.functions.diff.Matching;
import org.modelcensus.functions.normalize.Country;
import org.modelcensus.functions.normalize.DataTables;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.normalize.NormalizedModel;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.query.Constant;
import org.modelcensus.functions.query.Count;
import org.modelcensus.functions.query.Filter;
import org.modelcensus.functions.query.LongTable;
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
    private final Sides sides;

    private Drift(Report before, Report after) {
        if (!before.edition().id().equals(after.edition().id())) {
            throw new IllegalArgumentException("drift compares one edition: " + before.edition().id() + " vs "
                    + after.edition().id());
        }
        this.a = before.data().provenance();
        this.b = after.data().provenance();
        this.edition = after.edition().id();
        this.sides = new Sides(before, after);
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
        return new Drift(before, after);
    }

    private void compare(CellKey key, Query qa, Query qb) {
        CellKind kind = CellKind.of(qb != null ? qb : qa);
        if (kind != CellKind.COUNT) {
            Object va = qa == null ? null : sides.before.value(key);
            Object vb = qb == null ? null : sides.after.value(key);
            if (!same(va, vb)) {
                cells.add(new Cell(key, kind, va, vb, qa != null, qb != null, List.of()));
            }
            return;
        }
        Count ca = qa instanceof Count c ? c : sides.portable((Count) qb, sides.after.data(), sides.before.data());
        Count cb = qb instanceof Count c ? c : sides.portable((Count) qa, sides.before.data(), sides.after.data());
        Object va = sides.before.evaluator().evaluate(ca);
        Object vb = sides.after.evaluator().evaluate(cb);
        if (same(va, vb)) {
            return;
        }
        Map<Integer, Integer> rowsA = sides.before.evaluator().rowCountsBehind(ca);
        Map<Integer, Integer> rowsB = sides.after.evaluator().rowCountsBehind(cb);
        Set<Aspect> aspects = Aspect.of(ca);
        aspects.addAll(Aspect.of(cb));
        Membership membership = new Membership(ca, cb, sides);
        List<ModelLine> lines = new ArrayList<>();
        // Models of B first (B's order: those that entered), then models only A counts.
        for (var e : rowsB.entrySet()) {
            Integer idA = sides.aOf.get(e.getKey());
            int n = e.getValue() - (idA == null ? 0 : rowsA.getOrDefault(idA, 0));
            if (n != 0) {
                lines.add(sides.line(idA, e.getKey(), n, aspects, membership));
            }
        }
        for (var e : rowsA.entrySet()) {
            Integer idB = sides.bOf.get(e.getKey());
            if (idB == null || !rowsB.containsKey(idB)) {
                lines.add(sides.line(e.getKey(), idB, -e.getValue(), aspects, membership));
            }
        }
        cells.add(new Cell(key, kind, va, vb, qa != null, qb != null, lines));
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

    /** What a count filters on, and so which of a model's values can move it in or out. */
    enum Aspect {
        YEAR, COUNTRIES, DOMAINS, TASKS, ORG_TYPES, DEVELOPERS, COMPUTE;

        static Set<Aspect> of(Count c) {
            Set<Aspect> out = new LinkedHashSet<>();
            Aspect table = ofTable(c.table());
            if (table != null) {
                out.add(table);
            }
            for (Filter f : c.filters()) {
                Aspect a = ofColumn(c.table(), f.column());
                if (a != null) {
                    out.add(a);
                }
            }
            return out;
        }

        private static Aspect ofTable(String table) {
            return switch (table) {
                case DataTables.COUNTRIES -> COUNTRIES;
                case DataTables.DOMAINS -> DOMAINS;
                case DataTables.TASKS -> TASKS;
                case DataTables.ORG_TYPES -> ORG_TYPES;
                case DataTables.DEVELOPERS -> DEVELOPERS;
                default -> null;
            };
        }

        private static Aspect ofColumn(String table, String column) {
            return switch (column) {
                case DataTables.YEAR -> YEAR;
                case DataTables.MULTIMODAL -> DOMAINS;
                case DataTables.JOINT -> DEVELOPERS;
                case DataTables.N_TASKS, DataTables.HAS_TASK -> TASKS;
                case DataTables.FLOP -> COMPUTE;
                default -> ofTable(table);
            };
        }

        /** The raw fields this aspect is normalized from. */
        List<Field> fields() {
            return switch (this) {
                case YEAR -> List.of(Field.PUBLICATION_DATE);
                case COUNTRIES -> List.of(Field.ORGANIZATION, Field.COUNTRY);
                case DOMAINS -> List.of(Field.DOMAIN);
                case TASKS -> List.of(Field.TASK);
                case ORG_TYPES -> List.of(Field.ORGANIZATION, Field.ORGANIZATION_CATEGORIZATION);
                case DEVELOPERS -> List.of(Field.ORGANIZATION);
                case COMPUTE -> List.of(Field.TRAINING_COMPUTE);
            };
        }

        /** The normalized value of a model that the tables count by, as text. */
        String value(NormalizedModel m, NormalizedDataset data) {
            return switch (this) {
                case YEAR -> m.year() == 0 ? "undated" : Integer.toString(m.year());
                case COUNTRIES -> String.join(", ", m.countries().stream().map(Country::labelKo).toList());
                case DOMAINS -> String.join(", ", m.domains().stream()
                        .map(d -> data.mappings().domainGroup(d).orElse(d)).toList()) + (m.multimodal() ? " + multimodal" : "");
                case TASKS -> String.join(", ", m.taskGroups());
                case ORG_TYPES -> String.join(", ", m.orgTypes());
                case DEVELOPERS -> String.join(", ", m.developers());
                case COMPUTE -> m.trainingCompute() == null ? "" : ComputedCell.format(m.trainingCompute());
            };
        }

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * How many rows of each model a count cell's definition matches without its year criteria, in A and
     * in B: a model whose number differs moved for something besides its date (tags, organisation, ...).
     */
    private static final class Membership {
        private final Count ca;
        private final Count cb;
        private final Sides sides;
        private Map<Integer, Integer> rowsA;
        private Map<Integer, Integer> rowsB;

        Membership(Count ca, Count cb, Sides sides) {
            this.ca = ca;
            this.cb = cb;
            this.sides = sides;
        }

        Count ca() {
            return ca;
        }

        Count cb() {
            return cb;
        }

        /** Whether the model's rows that meet every criterion but the years differ between A and B. */
        boolean otherwise(int idA, int idB) {
            Count yearlessA = withoutYears(ca);
            Count yearlessB = withoutYears(cb);
            if (yearlessA == null || yearlessB == null) {
                // Only year criteria (models per year): a model is one row of its table in both.
                return false;
            }
            if (rowsA == null) {
                rowsA = sides.before.evaluator().rowCountsBehind(yearlessA);
                rowsB = sides.after.evaluator().rowCountsBehind(yearlessB);
            }
            return !rowsA.getOrDefault(idA, 0).equals(rowsB.getOrDefault(idB, 0));
        }

        private static Count withoutYears(Count c) {
            List<Filter> rest = c.filters().stream().filter(f -> !f.column().equals(DataTables.YEAR)).toList();
            return rest.isEmpty() ? null : new Count(c.table(), rest);
        }
    }

    /** Both reports, the model matching between them, and every organisation each one names. */
    private static final class Sides {
        final Report before;
        final Report after;
        final Map<Integer, Integer> aOf = new LinkedHashMap<>();
        final Map<Integer, Integer> bOf = new LinkedHashMap<>();
        final Set<String> orgsA = new HashSet<>();
        final Set<String> orgsB = new HashSet<>();

        Sides(Report before, Report after) {
            this.before = before;
            this.after = after;
            Map<ModelRecord, Integer> idsA = ids(before.data());
            Map<ModelRecord, Integer> idsB = ids(after.data());
            for (Matching.Pair p : Matching.of(before.data().snapshot().models(), after.data().snapshot().models()).pairs()) {
                aOf.put(idsB.get(p.b()), idsA.get(p.a()));
                bOf.put(idsA.get(p.a()), idsB.get(p.b()));
            }
            before.data().models().forEach(m -> orgsA.addAll(m.organizations()));
            after.data().models().forEach(m -> orgsB.addAll(m.organizations()));
        }

        private static Map<ModelRecord, Integer> ids(NormalizedDataset data) {
            Map<ModelRecord, Integer> out = new IdentityHashMap<>();
            data.models().forEach(m -> out.put(m.record(), m.id()));
            return out;
        }

        /** The line of a model counted {@code direction} more times in B than in A; {@code idA} or {@code idB} null when absent. */
        ModelLine line(Integer idA, Integer idB, int direction, Set<Aspect> aspects, Membership membership) {
            if (idA == null) {
                NormalizedModel m = after.data().model(idB);
                return new ModelLine(m.name(), direction, List.of(unmatched(m, Reason.ADDED, "B", "A")));
            }
            if (idB == null) {
                NormalizedModel m = before.data().model(idA);
                return new ModelLine(m.name(), direction, List.of(unmatched(m, Reason.REMOVED, "A", "B")));
            }
            NormalizedModel ma = before.data().model(idA);
            NormalizedModel mb = after.data().model(idB);
            String name = ma.name().equals(mb.name()) ? mb.name() : mb.name() + " (A: " + ma.name() + ")";
            List<Cause> causes = new ArrayList<>();
            if (inYears(membership.ca(), before, ma.year()) != inYears(membership.cb(), after, mb.year())) {
                causes.add(rawChange(Field.PUBLICATION_DATE, ma, mb));
            }
            if (membership.otherwise(idA, idB) || causes.isEmpty()) {
                Set<Aspect> others = new LinkedHashSet<>(aspects);
                others.remove(Aspect.YEAR);
                causes.addAll(causes(ma, mb, others));
            }
            causes.sort(java.util.Comparator.comparing(Cause::reason));
            return new ModelLine(name, direction, causes);
        }

        /** Whether a publication year meets the year criteria of a count (an undated model meets none). */
        private static boolean inYears(Count c, Report report, int year) {
            for (Filter f : c.filters()) {
                if (!f.column().equals(DataTables.YEAR)) {
                    continue;
                }
                if (year == 0 || !(report.evaluator().evaluate(f.value()) instanceof Double k)) {
                    return false;
                }
                int cmp = Double.compare(year, k);
                boolean ok = switch (f.op()) {
                    case EQ -> cmp == 0;
                    case GT -> cmp > 0;
                    case GE -> cmp >= 0;
                    case LT -> cmp < 0;
                    case LE -> cmp <= 0;
                };
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        private static Cause unmatched(NormalizedModel m, Reason reason, String in, String notIn) {
            Double flop = m.trainingCompute();
            if (flop != null && flop < LARGE_SCALE_FLOP) {
                return new Cause(Reason.COMPUTE_THRESHOLD, "Training compute (FLOP) in " + in + ": "
                        + ComputedCell.format(flop) + ", below 1E23; not in " + notIn);
            }
            return new Cause(reason, "not in " + notIn + " (published " + (m.date().isEmpty() ? "undated" : m.date()) + ")");
        }

        private List<Cause> causes(NormalizedModel ma, NormalizedModel mb, Set<Aspect> aspects) {
            Set<Cause> out = new LinkedHashSet<>();
            for (Aspect aspect : aspects) {
                String va = aspect.value(ma, before.data());
                String vb = aspect.value(mb, after.data());
                if (va.equals(vb)) {
                    continue;
                }
                boolean raw = false;
                for (Field f : aspect.fields()) {
                    Cause c = rawChange(f, ma, mb);
                    if (c != null) {
                        out.add(c);
                        raw = true;
                    }
                }
                if (!raw) {
                    out.add(new Cause(Reason.MAPPING_CHANGE, aspect.label() + ": " + shown(va) + " → " + shown(vb)
                            + " (" + String.join(", ", aspect.fields().stream().map(Field::column).toList()) + " unchanged)"));
                }
            }
            if (out.isEmpty()) {
                out.add(new Cause(Reason.MAPPING_CHANGE, "its values behind the cell are equal; the rows that count it differ"));
            }
            return new ArrayList<>(out);
        }

        /** The cause a changed raw field gives, or null when the field is equal (organisations after aliases). */
        private Cause rawChange(Field f, NormalizedModel ma, NormalizedModel mb) {
            String va = ma.record().get(f).strip();
            String vb = mb.record().get(f).strip();
            String what = f.column() + ": " + shown(va) + " → " + shown(vb);
            return switch (f) {
                case PUBLICATION_DATE -> va.equals(vb) ? null : new Cause(Reason.DATE_MOVED, what);
                case DOMAIN -> va.equals(vb) ? null : new Cause(Reason.DOMAIN_CHANGED, what);
                case TASK -> va.equals(vb) ? null : new Cause(Reason.TASK_CHANGED, what);
                case COUNTRY -> va.equals(vb) ? null : new Cause(Reason.COUNTRY_CHANGED, what);
                case ORGANIZATION_CATEGORIZATION -> va.equals(vb) ? null : new Cause(Reason.ORG_CATEGORY_CHANGED,
                        what + (mb.record().columns().contains(f.column()) ? "" : " (B has no such column)"));
                case ORGANIZATION -> organization(ma, mb, what);
                default -> va.equals(vb) ? null : new Cause(Reason.MAPPING_CHANGE, what);
            };
        }

        private Cause organization(NormalizedModel ma, NormalizedModel mb, String what) {
            Set<String> gone = new LinkedHashSet<>(ma.organizations());
            gone.removeAll(mb.organizations());
            Set<String> come = new LinkedHashSet<>(mb.organizations());
            come.removeAll(ma.organizations());
            if (gone.isEmpty() && come.isEmpty()) {
                return null;
            }
            boolean renamed = !gone.isEmpty() && !come.isEmpty() && gone.stream().noneMatch(orgsB::contains)
                    && come.stream().noneMatch(orgsA::contains);
            return renamed ? new Cause(Reason.ORG_RENAMED, what + " (" + String.join(", ", gone) + " is on no model of B, "
                    + String.join(", ", come) + " on no model of A)") : new Cause(Reason.ORGANIZATION_CHANGED, what);
        }

        private static String shown(String v) {
            String s = v.replaceAll("\\s*[\\r\\n]+\\s*", " ");
            return s.isEmpty() ? "(blank)" : s;
        }

        /**
         * A count of one side re-expressed for the other: filters on a numeric id column (developer,
         * country, group or type ids, numbered per dataset) name the same text's id there (0, which no
         * row has, when the other side lacks the text).
         */
        Count portable(Count c, NormalizedDataset from, NormalizedDataset to) {
            List<Filter> filters = new ArrayList<>();
            for (Filter f : c.filters()) {
                String text = textColumn(f.column());
                if (text == null || !(f.value() instanceof Constant k) || !(k.value() instanceof Double id)) {
                    filters.add(f);
                    continue;
                }
                Object label = find(from.table(c.table()), f.column(), id, text);
                Object other = label == null ? null : find(to.table(c.table()), text, label, f.column());
                filters.add(Filter.eq(f.column(), other == null ? 0 : other));
            }
            return new Count(c.table(), filters);
        }

        private static String textColumn(String idColumn) {
            return switch (idColumn) {
                case DataTables.DEV_ID -> DataTables.DEVELOPER;
                case DataTables.COUNTRY_ID -> DataTables.COUNTRY;
                case DataTables.GROUP_ID -> DataTables.GROUP;
                case DataTables.ORG_TYPE_ID -> DataTables.ORG_TYPE;
                default -> null;
            };
        }

        /** The {@code want} cell of the first row whose {@code column} equals {@code value} (text ignoring case), or null. */
        private static Object find(LongTable t, String column, Object value, String want) {
            int c = t.column(column);
            int w = t.column(want);
            for (Object[] row : t.rows()) {
                Object v = row[c];
                boolean equal = value instanceof Double d ? v instanceof Number n && n.doubleValue() == d
                        : v instanceof String s && s.equalsIgnoreCase((String) value);
                if (equal) {
                    return row[w];
                }
            }
            return null;
        }
    }
}
