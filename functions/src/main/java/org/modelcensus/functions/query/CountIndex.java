package org.modelcensus.functions.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Answers a {@link Count} without scanning its table: the rows are grouped by the Excel-normalized
 * values of the {@code =} columns, and each group keeps the sorted numbers of one more column, so
 * that range criteria ({@code > >= < <=}, and {@code =} with a number) on that column cost two
 * binary searches. Indexes are built on first use and kept by the {@link LongTable}. Only range
 * criteria on two different columns fall back to scanning the rows of one group. Comparisons
 * follow {@link Evaluator}: {@link Double#compare} for numbers, normalized equality for {@code =}.
 */
final class CountIndex {
    private static final Group EMPTY = new Group(0, 0, 0, 0, null);
    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);
    /** Whole-number keys below this are looked up in an array while an index is built. */
    private static final int SMALL_KEYS = 4096;

    /**
     * One group: its rows are {@code rows[from, from + size)}, ascending, and the numeric cells of the
     * range column among them {@code numbers[from, from + numbers)}, sorted; or, when the index keeps no
     * numbers, counted by value: {@code below[d]} of them are less than {@code min + d}.
     */
    private record Group(int from, int size, int numbers, double min, int[] below) {
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
        IndexId id(boolean withRows) {
            return new IndexId(keyColumns, rangeColumn, withRows);
        }
    }

    /**
     * What a table's index is built on, its key among the table's indexes: the key columns, the range
     * column (null for none) and whether it keeps its groups' rows. One is made per count: a string joining
     * them was most of a plan's garbage.
     */
    private static final class IndexId {
        private final List<String> keyColumns;
        private final String rangeColumn;
        private final boolean withRows;
        private final int hash;

        IndexId(List<String> keyColumns, String rangeColumn, boolean withRows) {
            this.keyColumns = keyColumns;
            this.rangeColumn = rangeColumn;
            this.withRows = withRows;
            this.hash = 2 * (31 * keyColumns.hashCode() + Objects.hashCode(rangeColumn)) + (withRows ? 1 : 0);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof IndexId i && i.hash == hash && i.withRows == withRows && i.keyColumns.equals(keyColumns)
                    && Objects.equals(i.rangeColumn, rangeColumn);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Map<Key, Group> groups;
    /**
     * The rows of every group, group after group; null in an index made for counting, which needs only the
     * groups' sizes (the rows are kept by the index {@link #rows} makes on first use: ~6 MB per report at 100,000
     * models that evaluating it never reads).
     */
    private final int[] rows;
    /**
     * The range column's numbers of every group, at the same offsets as its rows; null without a range column,
     * or when every group's numbers are whole numbers in a range no wider than their count (years, flags,
     * counts: most range columns), which each group then keeps as counts by value instead.
     */
    private final double[] numbers;

    private CountIndex(Map<Key, Group> groups, int[] rows, double[] numbers) {
        this.groups = groups;
        this.rows = rows;
        this.numbers = numbers;
    }

    /** The number of rows of {@code t} meeting every filter, {@code criteria} being the filters' values. */
    static int count(LongTable t, List<Filter> filters, List<Object> criteria) {
        String range = rangeColumn(filters, criteria);
        if (range == null || !range.isEmpty()) {
            Plan plan = plan(filters, criteria, range);
            CountIndex index = index(t, plan, false);
            Group g = index.groups.getOrDefault(plan.key(), EMPTY);
            return plan.ops().isEmpty() ? g.size() : index.countWithin(g, plan.ops(), plan.bounds());
        }
        return rows(t, filters, criteria).length;
    }

    /** Row numbers (ascending) of the rows of {@code t} meeting every filter. */
    static int[] rows(LongTable t, List<Filter> filters, List<Object> criteria) {
        Plan plan = plan(filters, criteria, null);
        CountIndex index = index(t, plan, true);
        Group g = index.groups.getOrDefault(plan.key(), EMPTY);
        return Arrays.stream(index.rows, g.from(), g.from() + g.size())
                .filter(r -> matches(t, r, filters, criteria)).toArray();
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

    private static CountIndex index(LongTable t, Plan plan, boolean withRows) {
        return t.index(plan.id(withRows), () -> build(t, plan.keyColumns().stream().mapToInt(t::column).toArray(),
                plan.rangeColumn() == null ? -1 : t.column(plan.rangeColumn()), withRows));
    }

    /**
     * Groups {@code table} by {@code keyColumns}; {@code rangeColumn} is -1 when there is none. A
     * first pass numbers each row's raw group (nested maps, one level per key column, so no key
     * object per row); raw groups that normalize alike ({@code "Chat"} and {@code "chat"}, 1 and 1.0)
     * are merged; a second pass lays the rows and range numbers out group after group in two arrays
     * of the table's size (rows ascending, as they are visited in order; only {@code withRows}), and each group's
     * numbers are sorted.
     */
    private static CountIndex build(LongTable table, int[] keyColumns, int rangeColumn, boolean withRows) {
        int n = table.size();
        int[] rawOf = new int[n];
        Map<Object, Object> raw = new HashMap<>();
        // One key column of small whole numbers (flags, counts, years): its raw groups by array index.
        Integer[] small = keyColumns.length == 1 ? new Integer[SMALL_KEYS] : null;
        int rawGroups = keyColumns.length == 0 ? 1 : 0;
        int last = keyColumns.length - 1;
        // Without key columns every row is in the one raw group, 0.
        for (int r = 0; last >= 0 && r < n; r++) {
            Object cell = table.get(r, keyColumns[last]);
            if (small != null && cell instanceof Integer k && k >= 0 && k < SMALL_KEYS) {
                Integer id = small[k];
                if (id == null) {
                    id = rawGroups++;
                    small[k] = id;
                    raw.put(cell, id);
                }
                rawOf[r] = id;
                continue;
            }
            Map<Object, Object> level = raw;
            for (int i = 0; i < last; i++) {
                level = nested(level, table.get(r, keyColumns[i]));
            }
            Object id = level.get(cell);
            if (id == null) {
                id = rawGroups++;
                level.put(cell, id);
            }
            rawOf[r] = (Integer) id;
        }
        int[] mergedOf = new int[rawGroups];
        Map<Key, Integer> merged = new HashMap<>();
        if (last < 0) {
            merged.put(new Key(new Object[0]), 0);
        } else {
            mergeLevel(raw, new Object[keyColumns.length], 0, merged, mergedOf);
        }
        int[] size = new int[merged.size()];
        for (int r = 0; r < n; r++) {
            size[mergedOf[rawOf[r]]]++;
        }
        int[] from = new int[size.length];
        for (int g = 1; g < from.length; g++) {
            from[g] = from[g - 1] + size[g - 1];
        }
        int[] rows = withRows ? new int[n] : null;
        int[] filled = withRows ? new int[size.length] : null;
        double[] numbers = rangeColumn < 0 ? null : new double[n];
        int[] inGroup = new int[size.length];
        for (int r = 0; r < n; r++) {
            int g = mergedOf[rawOf[r]];
            if (rows != null) {
                rows[from[g] + filled[g]++] = r;
            }
            if (numbers != null && table.get(r, rangeColumn) instanceof Number v) {
                numbers[from[g] + inGroup[g]++] = v.doubleValue();
            }
        }
        Map<Key, Group> groups = new HashMap<>(merged.size() * 2);
        if (numbers != null) {
            // Counts by value when every group's numbers allow them: nothing to sort, and no numbers kept.
            boolean byValue = true;
            for (Map.Entry<Key, Integer> e : merged.entrySet()) {
                int g = e.getValue();
                Group counted = countedByValue(numbers, from[g], size[g], inGroup[g]);
                if (counted == null) {
                    byValue = false;
                    break;
                }
                groups.put(e.getKey(), counted);
            }
            if (byValue) {
                return new CountIndex(groups, rows, null);
            }
            groups.clear();
        }
        for (Map.Entry<Key, Integer> e : merged.entrySet()) {
            int g = e.getValue();
            if (numbers != null) {
                sort(numbers, from[g], from[g] + inGroup[g]);
            }
            groups.put(e.getKey(), new Group(from[g], size[g], inGroup[g], 0, null));
        }
        return new CountIndex(groups, rows, numbers);
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

    /** Numbers the merged group of each raw group under {@code level} (key column {@code depth}) by its normalized key. */
    @SuppressWarnings("unchecked")
    private static void mergeLevel(Map<Object, Object> level, Object[] parts, int depth, Map<Key, Integer> merged,
            int[] mergedOf) {
        for (var e : level.entrySet()) {
            parts[depth] = Evaluator.normalize(e.getKey());
            if (depth == parts.length - 1) {
                Integer g = merged.computeIfAbsent(new Key(parts.clone()), k -> merged.size());
                mergedOf[(Integer) e.getValue()] = g;
            } else {
                mergeLevel((Map<Object, Object>) e.getValue(), parts, depth + 1, merged, mergedOf);
            }
        }
    }

    /**
     * Sorts as {@link Arrays#sort(double[])} does; whole numbers in a narrow range (years, flags,
     * task counts: most range columns) are counted instead of compared.
     */
    static void sort(double[] values) {
        sort(values, 0, values.length);
    }

    /**
     * Whether {@code v} can be counted by its value as an offset from a smallest one: a whole number other than
     * -0.0 (which {@link Double#compare} puts before 0.0) and NaN (which it puts after everything).
     */
    private static boolean wholeNumber(double v) {
        return v == Math.rint(v) && Double.doubleToRawLongBits(v) != NEGATIVE_ZERO;
    }

    /** {@link #sort(double[])} of {@code values[from, to)}. */
    static void sort(double[] values, int from, int to) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double v = values[i];
            if (!wholeNumber(v)) {
                Arrays.sort(values, from, to);
                return;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (to - from < 64 || max - min > 65_536) {
            Arrays.sort(values, from, to);
            return;
        }
        int[] counts = new int[(int) (max - min) + 1];
        for (int i = from; i < to; i++) {
            counts[(int) (values[i] - min)]++;
        }
        int i = from;
        for (int b = 0; b < counts.length; b++) {
            for (int c = counts[b]; c > 0; c--) {
                values[i++] = min + b;
            }
        }
    }

    /**
     * The group at {@code from} of {@code size} rows with its {@code count} numbers ({@code numbers[from, from +
     * count)}, in any order) counted by value, {@code below[d]} of them less than {@code min + d} up to the
     * largest; null unless every one is a whole number (not -0.0) and they span no more values than there are
     * of them.
     */
    private static Group countedByValue(double[] numbers, int from, int size, int count) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < from + count; i++) {
            double v = numbers[i];
            if (!wholeNumber(v)) {
                return null;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (count == 0) {
            return new Group(from, size, 0, 0, new int[] {0});
        }
        if (!(max - min < count)) {
            return null;
        }
        int[] below = new int[(int) (max - min) + 2];
        for (int i = from; i < from + count; i++) {
            below[(int) (numbers[i] - min) + 1]++;
        }
        for (int d = 1; d < below.length; d++) {
            below[d] += below[d - 1];
        }
        return new Group(from, size, count, min, below);
    }

    /**
     * The numbers of group {@code g} within every bound; a bound that is not a number matches nothing, as in
     * COUNTIFS.
     */
    private int countWithin(Group g, List<Filter.Op> ops, List<Object> bounds) {
        int lo = 0;
        int hi = g.numbers();
        for (int i = 0; i < ops.size(); i++) {
            if (!(bounds.get(i) instanceof Number b)) {
                return 0;
            }
            double k = b.doubleValue();
            switch (ops.get(i)) {
                case GE -> lo = Math.max(lo, firstAbove(g, k, false));
                case GT -> lo = Math.max(lo, firstAbove(g, k, true));
                case LE -> hi = Math.min(hi, firstAbove(g, k, true));
                case LT -> hi = Math.min(hi, firstAbove(g, k, false));
                case EQ -> throw new IllegalStateException("= criteria on the range column become >= and <=");
            }
        }
        return Math.max(0, hi - lo);
    }

    /** How many numbers of group {@code g} come before the first that is {@code >= k} ({@code > k} when {@code strict}). */
    private int firstAbove(Group g, double k, boolean strict) {
        if (g.below() == null) {
            return firstAbove(numbers, g.from(), g.from() + g.numbers(), k, strict) - g.from();
        }
        // The first value min + d meeting the bound, by Double.compare as for the numbers themselves.
        int lo = 0;
        int hi = g.below().length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = Double.compare(g.min() + mid, k);
            if (strict ? cmp <= 0 : cmp < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return g.below()[lo];
    }

    /** First index of {@code sorted[from, to)} whose value is {@code >= k} ({@code > k} when {@code strict}), by {@link Double#compare}. */
    private static int firstAbove(double[] sorted, int from, int to, double k, boolean strict) {
        int lo = from;
        int hi = to;
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

    private static boolean matches(LongTable t, int row, List<Filter> filters, List<Object> criteria) {
        for (int i = 0; i < filters.size(); i++) {
            if (!Evaluator.test(filters.get(i).op(), t.get(row, t.column(filters.get(i).column())), criteria.get(i))) {
                return false;
            }
        }
        return true;
    }
}
