package org.modelcensus.functions.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers a {@link Count} without scanning its table: the rows are grouped by the Excel-normalized
 * values of the {@code =} columns, and each group keeps the sorted numbers of one more column, so
 * that range criteria ({@code > >= < <=}, and {@code =} with a number) on that column cost two
 * binary searches. Indexes are built on first use and kept by the {@link LongTable}. Only range
 * criteria on two different columns fall back to scanning the rows of one group. Comparisons
 * follow {@link Evaluator}: {@link Double#compare} for numbers, normalized equality for {@code =}.
 */
final class CountIndex {
    private static final Group EMPTY = new Group(new int[0], new double[0]);
    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    /** Rows of one group, ascending, and the numeric cells of the range column among them, sorted. */
    record Group(int[] rows, double[] sorted) {
    }

    /** A group's key: the normalized values of the {@code =} columns. */
    private record Key(Object[] parts, int hash) {
        Key(Object[] parts) {
            this(parts, Arrays.hashCode(parts));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Arrays.equals(k.parts, parts);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** How one count uses an index: key columns, range column, and the range criteria. */
    private record Plan(List<String> keyColumns, Key key, String rangeColumn, List<Filter.Op> ops, List<Object> bounds) {
        String id(LongTable t) {
            return t.name() + "|" + String.join("|", keyColumns) + (rangeColumn == null ? "" : "|range:" + rangeColumn);
        }
    }

    private final Map<Key, Group> groups;

    private CountIndex(Map<Key, Group> groups) {
        this.groups = groups;
    }

    /** The number of rows of {@code t} meeting every filter, {@code criteria} being the filters' values. */
    static int count(LongTable t, List<Filter> filters, List<Object> criteria) {
        String range = rangeColumn(filters, criteria);
        if (range == null || !range.isEmpty()) {
            Plan plan = plan(filters, criteria, range);
            Group g = index(t, plan).groups.getOrDefault(plan.key(), EMPTY);
            return plan.ops().isEmpty() ? g.rows().length : countWithin(g.sorted(), plan.ops(), plan.bounds());
        }
        return rows(t, filters, criteria).length;
    }

    /** Row numbers (ascending) of the rows of {@code t} meeting every filter. */
    static int[] rows(LongTable t, List<Filter> filters, List<Object> criteria) {
        Plan plan = plan(filters, criteria, null);
        int[] group = index(t, plan).groups.getOrDefault(plan.key(), EMPTY).rows();
        return Arrays.stream(group).filter(r -> matches(t, t.rows().get(r), filters, criteria)).toArray();
    }

    /**
     * The column of the range criteria; else the first {@code =} column with a number (so that
     * "year = 2024" shares the index of "year between"); null when none; "" when range criteria
     * name two columns.
     */
    private static String rangeColumn(List<Filter> filters, List<Object> criteria) {
        String range = null;
        for (Filter f : filters) {
            if (f.op() != Filter.Op.EQ) {
                if (range != null && !range.equals(f.column())) {
                    return "";
                }
                range = f.column();
            }
        }
        for (int i = 0; range == null && i < filters.size(); i++) {
            if (criteria.get(i) instanceof Number) {
                range = filters.get(i).column();
            }
        }
        return range;
    }

    private static Plan plan(List<Filter> filters, List<Object> criteria, String range) {
        List<String> columns = new ArrayList<>();
        List<Object> key = new ArrayList<>();
        List<Filter.Op> ops = new ArrayList<>();
        List<Object> bounds = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            Filter f = filters.get(i);
            if (f.column().equals(range)) {
                ops.addAll(f.op() == Filter.Op.EQ ? List.of(Filter.Op.GE, Filter.Op.LE) : List.of(f.op()));
                bounds.addAll(f.op() == Filter.Op.EQ ? List.of(criteria.get(i), criteria.get(i)) : List.of(criteria.get(i)));
            } else if (f.op() == Filter.Op.EQ) {
                columns.add(f.column());
                key.add(Evaluator.normalize(criteria.get(i)));
            }
        }
        return new Plan(columns, new Key(key.toArray()), range, ops, bounds);
    }

    private static CountIndex index(LongTable t, Plan plan) {
        return t.index(plan.id(t), () -> build(t, plan.keyColumns().stream().mapToInt(t::column).toArray(),
                plan.rangeColumn() == null ? -1 : t.column(plan.rangeColumn())));
    }

    /**
     * Groups {@code table} by {@code keyColumns}; {@code rangeColumn} is -1 when there is none.
     * Rows are first grouped by their raw cells (cheap: no key object for one column), then raw
     * groups that normalize alike ({@code "Chat"} and {@code "chat"}, 1 and 1.0) are merged.
     */
    private static CountIndex build(LongTable table, int[] keyColumns, int rangeColumn) {
        List<Object[]> all = table.rows();
        Map<Object, Ints> raw = new HashMap<>();
        for (int r = 0; r < all.size(); r++) {
            raw.computeIfAbsent(rawKey(all.get(r), keyColumns), k -> new Ints()).add(r);
        }
        Map<Key, Ints> merged = new HashMap<>(raw.size() * 2);
        raw.forEach((k, rows) -> merged.merge(normalizedKey(k, keyColumns.length), rows, Ints::append));
        Map<Key, Group> groups = new HashMap<>(merged.size() * 2);
        merged.forEach((key, rows) -> groups.put(key, group(all, rows.toSortedArray(), rangeColumn)));
        return new CountIndex(groups);
    }

    /** The raw cells of the key columns: the cell itself for one column, a list for none or several. */
    private static Object rawKey(Object[] row, int[] keyColumns) {
        if (keyColumns.length == 0) {
            return List.of();
        }
        if (keyColumns.length == 1) {
            return row[keyColumns[0]];
        }
        Object[] cells = new Object[keyColumns.length];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = row[keyColumns[i]];
        }
        return Arrays.asList(cells);
    }

    private static Key normalizedKey(Object raw, int columns) {
        if (columns == 1) {
            return new Key(new Object[] {Evaluator.normalize(raw)});
        }
        List<?> cells = (List<?>) raw;
        Object[] parts = new Object[columns];
        for (int i = 0; i < columns; i++) {
            parts[i] = Evaluator.normalize(cells.get(i));
        }
        return new Key(parts);
    }

    private static Group group(List<Object[]> all, int[] rows, int rangeColumn) {
        if (rangeColumn < 0) {
            return new Group(rows, null);
        }
        double[] numbers = new double[rows.length];
        int n = 0;
        for (int r : rows) {
            if (all.get(r)[rangeColumn] instanceof Number v) {
                numbers[n++] = v.doubleValue();
            }
        }
        double[] sorted = Arrays.copyOf(numbers, n);
        sort(sorted);
        return new Group(rows, sorted);
    }

    /**
     * Sorts as {@link Arrays#sort(double[])} does; whole numbers in a narrow range (years, flags,
     * task counts: most range columns) are counted instead of compared.
     */
    static void sort(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            // -0.0 sorts before 0.0 and NaN after everything: leave those to Arrays.sort.
            if (v != Math.rint(v) || Double.doubleToRawLongBits(v) == NEGATIVE_ZERO) {
                Arrays.sort(values);
                return;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (values.length < 64 || max - min > 65_536) {
            Arrays.sort(values);
            return;
        }
        int[] counts = new int[(int) (max - min) + 1];
        for (double v : values) {
            counts[(int) (v - min)]++;
        }
        int i = 0;
        for (int b = 0; b < counts.length; b++) {
            for (int c = counts[b]; c > 0; c--) {
                values[i++] = min + b;
            }
        }
    }

    /** Numbers within every bound; a bound that is not a number matches nothing, as in COUNTIFS. */
    private static int countWithin(double[] sorted, List<Filter.Op> ops, List<Object> bounds) {
        int lo = 0;
        int hi = sorted.length;
        for (int i = 0; i < ops.size(); i++) {
            if (!(bounds.get(i) instanceof Number b)) {
                return 0;
            }
            double k = b.doubleValue();
            switch (ops.get(i)) {
                case GE -> lo = Math.max(lo, firstAbove(sorted, k, false));
                case GT -> lo = Math.max(lo, firstAbove(sorted, k, true));
                case LE -> hi = Math.min(hi, firstAbove(sorted, k, true));
                case LT -> hi = Math.min(hi, firstAbove(sorted, k, false));
                case EQ -> throw new IllegalStateException("= criteria on the range column become >= and <=");
            }
        }
        return Math.max(0, hi - lo);
    }

    /** First index whose value is {@code >= k} ({@code > k} when {@code strict}), by {@link Double#compare}. */
    private static int firstAbove(double[] sorted, double k, boolean strict) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = Double.compare(sorted[mid], k);
            if (strict ? cmp <= 0 : cmp < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean matches(LongTable t, Object[] row, List<Filter> filters, List<Object> criteria) {
        for (int i = 0; i < filters.size(); i++) {
            if (!Evaluator.test(filters.get(i).op(), row[t.column(filters.get(i).column())], criteria.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A growable array of row numbers (no boxing). */
    private static final class Ints {
        private int[] values = new int[4];
        private int size;
        private boolean sorted = true;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            sorted &= size == 0 || values[size - 1] < v;
            values[size++] = v;
        }

        /** Both groups' rows in one (for raw groups that normalize alike). */
        static Ints append(Ints a, Ints b) {
            for (int i = 0; i < b.size; i++) {
                a.add(b.values[i]);
            }
            return a;
        }

        int[] toSortedArray() {
            int[] out = Arrays.copyOf(values, size);
            if (!sorted) {
                Arrays.sort(out);
            }
            return out;
        }
    }
}
