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
     * One pass over the rows groups them by their raw cells (nested maps, one level per key column, so
     * no key object per row) and collects each group's range numbers as it goes; then raw groups that
     * normalize alike ({@code "Chat"} and {@code "chat"}, 1 and 1.0) are merged.
     */
    private static CountIndex build(LongTable table, int[] keyColumns, int rangeColumn) {
        List<Object[]> all = table.rows();
        Map<Object, Object> raw = new HashMap<>();
        Collected only = keyColumns.length == 0 ? new Collected(rangeColumn >= 0) : null;
        int last = keyColumns.length - 1;
        for (int r = 0; r < all.size(); r++) {
            Object[] row = all.get(r);
            Collected c = only;
            if (c == null) {
                Map<Object, Object> level = raw;
                for (int i = 0; i < last; i++) {
                    level = nested(level, row[keyColumns[i]]);
                }
                c = (Collected) level.get(row[keyColumns[last]]);
                if (c == null) {
                    c = new Collected(rangeColumn >= 0);
                    level.put(row[keyColumns[last]], c);
                }
            }
            c.rows.add(r);
            if (rangeColumn >= 0 && row[rangeColumn] instanceof Number v) {
                c.numbers.add(v.doubleValue());
            }
        }
        Map<Key, Collected> merged = new HashMap<>();
        if (only != null) {
            merged.put(new Key(new Object[0]), only);
        } else {
            mergeLevel(raw, new Object[keyColumns.length], 0, merged);
        }
        Map<Key, Group> groups = new HashMap<>(merged.size() * 2);
        merged.forEach((key, c) -> groups.put(key, c.group()));
        return new CountIndex(groups);
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> nested(Map<Object, Object> level, Object cell) {
        Object next = level.get(cell);
        if (next == null) {
            next = new HashMap<>();
            level.put(cell, next);
        }
        return (Map<Object, Object>) next;
    }

    /** Adds the raw groups under {@code level} (key column {@code depth}) to {@code merged} by normalized key. */
    @SuppressWarnings("unchecked")
    private static void mergeLevel(Map<Object, Object> level, Object[] parts, int depth, Map<Key, Collected> merged) {
        for (var e : level.entrySet()) {
            parts[depth] = Evaluator.normalize(e.getKey());
            if (depth == parts.length - 1) {
                merged.merge(new Key(parts.clone()), (Collected) e.getValue(), Collected::append);
            } else {
                mergeLevel((Map<Object, Object>) e.getValue(), parts, depth + 1, merged);
            }
        }
    }

    /** The rows of one group as they are collected, and the numbers of the range column among them. */
    private static final class Collected {
        final Ints rows = new Ints();
        final Doubles numbers;

        Collected(boolean range) {
            numbers = range ? new Doubles() : null;
        }

        static Collected append(Collected a, Collected b) {
            Ints.append(a.rows, b.rows);
            if (a.numbers != null) {
                a.numbers.addAll(b.numbers);
            }
            return a;
        }

        Group group() {
            if (numbers == null) {
                return new Group(rows.toSortedArray(), null);
            }
            double[] sorted = numbers.toArray();
            sort(sorted);
            return new Group(rows.toSortedArray(), sorted);
        }
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

    /** A growable array of numbers (no boxing). */
    private static final class Doubles {
        private double[] values = new double[4];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void addAll(Doubles other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
