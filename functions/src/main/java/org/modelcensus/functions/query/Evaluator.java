package org.modelcensus.functions.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Evaluates queries in Java with Excel's semantics: counts compare text case-insensitively,
 * numbers numerically, blanks as ""; errors ({@link ExcelError}) propagate through arithmetic.
 * Results are {@link Double}, {@link String} or {@link ExcelError}. Cell values are memoized; counts use
 * indexes that each {@link LongTable} builds on first use instead of scanning the table.
 *
 * <p>Thread-safe: the entry points that read or fill the memo are synchronized (a server shares one
 * report between requests; unsynchronized, concurrent first evaluations saw each other's in-progress
 * cells as "circular cell definition" and corrupted the memo).
 */
public final class Evaluator implements QueryVisitor<Object> {
    private final Map<String, LongTable> tables;
    private final Function<CellKey, Query> cells;
    private final Map<CellKey, Object> memo = new HashMap<>();
    private final Set<CellKey> inProgress = new HashSet<>();
    private final Map<String, Map<String, KeyIndex>> keyIndexes = new HashMap<>();

    /**
     * @param tables the data tables by name
     * @param cells  the definition of each report cell a {@link CellRef} or {@link Rank} may name
     */
    public Evaluator(Map<String, LongTable> tables, Function<CellKey, Query> cells) {
        this.tables = tables;
        this.cells = cells;
    }

    /** The value of a query. */
    public synchronized Object evaluate(Query q) {
        return q.accept(this);
    }

    /** The value of a report cell. */
    public synchronized Object value(CellKey key) {
        Object cached = memo.get(key);
        if (cached != null) {
            return cached;
        }
        Query definition = cells.apply(key);
        if (definition == null) {
            return ExcelError.REF;
        }
        if (!inProgress.add(key)) {
            throw new IllegalStateException("circular cell definition at " + key);
        }
        Object v = evaluate(definition);
        inProgress.remove(key);
        memo.put(key, v);
        return v;
    }

    @Override
    public Object count(Count q) {
        List<Object> criteria = new ArrayList<>(q.filters().size());
        for (Filter f : q.filters()) {
            Object v = evaluate(f.value());
            if (v instanceof ExcelError) {
                return v;
            }
            criteria.add(v);
        }
        return (double) CountIndex.count(table(q.table()), q.filters(), criteria);
    }

    /** The {@code Id}s of the rows a query counts (following cell references), for drill-down. */
    public synchronized Set<Integer> rowsBehind(Query q) {
        Set<Integer> ids = new LinkedHashSet<>();
        collectRows(q, ids::add, new HashSet<>());
        return ids;
    }

    /**
     * How many rows of each {@code Id} a query counts (following cell references), in first-seen
     * order: for a {@link Count} the values add up to the count, a model with two rows that meet
     * the filters (two tags of one summed group) counting twice. Drift uses it to say which models
     * entered or left a cell.
     */
    public synchronized Map<Integer, Integer> rowCountsBehind(Query q) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        collectRows(q, id -> counts.merge(id, 1, Integer::sum), new HashSet<>());
        return counts;
    }

    private void collectRows(Query q, IntConsumer ids, Set<CellKey> visited) {
        if (q instanceof Count c) {
            LongTable t = table(c.table());
            List<Object> criteria = c.filters().stream().map(f -> evaluate(f.value())).toList();
            int id = t.column("Id");
            for (int r : CountIndex.rows(t, c.filters(), criteria)) {
                ids.accept(((Number) t.get(r, id)).intValue());
            }
        } else if (q instanceof Lookup l) {
            ids.accept(l.key());
        } else if (q instanceof CellRef r && visited.add(r.key())) {
            Query d = cells.apply(r.key());
            if (d != null) {
                collectRows(d, ids, visited);
            }
        } else if (q instanceof Arithmetic a) {
            collectRows(a.left(), ids, visited);
            collectRows(a.right(), ids, visited);
        } else if (q instanceof Compare c) {
            collectRows(c.left(), ids, visited);
            collectRows(c.right(), ids, visited);
        } else if (q instanceof Rank r && visited.add(r.target())) {
            Query d = cells.apply(r.target());
            if (d != null) {
                collectRows(d, ids, visited);
            }
        }
    }

    /** Excel equality classes: numbers by value, text case-insensitively, blank as "". */
    static Object normalize(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        return v.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether a cell meets one criterion, as a COUNTIFS criterion tests it. */
    static boolean test(Filter.Op op, Object cell, Object criterion) {
        if (op == Filter.Op.EQ) {
            return normalize(cell).equals(normalize(criterion));
        }
        if (!(cell instanceof Number c) || !(criterion instanceof Number k)) {
            return false;
        }
        int cmp = Double.compare(c.doubleValue(), k.doubleValue());
        return switch (op) {
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case EQ -> cmp == 0;
        };
    }

    @Override
    public synchronized Object lookup(Lookup q) {
        LongTable t = table(q.table());
        KeyIndex index = keyIndexes.computeIfAbsent(q.table(), k -> new HashMap<>())
                .computeIfAbsent(q.keyColumn(), k -> new KeyIndex(t, t.column(k)));
        int row = index.row(q.key());
        if (row < 0) {
            return ExcelError.NA;
        }
        Object v = t.get(row, t.column(q.valueColumn()));
        if (v == null) {
            return "";
        }
        return v instanceof Number n ? (Object) n.doubleValue() : v.toString();
    }

    /**
     * The first row of each whole-number key of one column: an array by key when the keys are ids
     * (non-negative, at most a few times as many as the rows), else a map.
     */
    private static final class KeyIndex {
        private final int[] dense;
        private final Map<Integer, Integer> sparse = new HashMap<>();

        KeyIndex(LongTable t, int column) {
            int size = t.size();
            int max = -1;
            boolean whole = true;
            for (int r = 0; r < size; r++) {
                if (t.get(r, column) instanceof Number n) {
                    int k = n.intValue();
                    whole &= k >= 0;
                    max = Math.max(max, k);
                }
            }
            dense = whole && max < 4L * size + 1024 ? new int[max + 1] : null;
            if (dense != null) {
                Arrays.fill(dense, -1);
            }
            // From the last row to the first, so that the first row of a key is the one kept.
            for (int r = size - 1; r >= 0; r--) {
                if (t.get(r, column) instanceof Number n) {
                    if (dense != null) {
                        dense[n.intValue()] = r;
                    } else {
                        sparse.put(n.intValue(), r);
                    }
                }
            }
        }

        /** The row of {@code key}, or -1. */
        int row(int key) {
            if (dense != null) {
                return key >= 0 && key < dense.length ? dense[key] : -1;
            }
            Integer r = sparse.get(key);
            return r == null ? -1 : r;
        }
    }

    @Override
    public Object cellRef(CellRef q) {
        return value(q.key());
    }

    @Override
    public Object arithmetic(Arithmetic q) {
        Object a = evaluate(q.left());
        if (a instanceof ExcelError) {
            return a;
        }
        Object b = evaluate(q.right());
        if (b instanceof ExcelError) {
            return b;
        }
        if (!(a instanceof Double x) || !(b instanceof Double y)) {
            return ExcelError.VALUE;
        }
        double r = switch (q.op()) {
            case PLUS -> x + y;
            case MINUS -> x - y;
            case TIMES -> x * y;
            case DIVIDE -> y == 0 ? Double.NaN : x / y;
            case POWER -> Math.pow(x, y);
        };
        if (q.op() == Arithmetic.Op.DIVIDE && y == 0) {
            return ExcelError.DIV0;
        }
        return Double.isFinite(r) ? (Object) r : ExcelError.NUM;
    }

    @Override
    public Object constant(Constant q) {
        return q.value();
    }

    @Override
    public Object param(Param q) {
        return q.value();
    }

    @Override
    public Object rank(Rank q) {
        Object target = value(q.target());
        if (target instanceof ExcelError) {
            return target;
        }
        if (!(target instanceof Double v)) {
            return ExcelError.VALUE;
        }
        int greater = 0;
        for (CellKey k : q.among()) {
            if (value(k) instanceof Double other && other > v) {
                greater++;
            }
        }
        return (double) (greater + 1);
    }

    @Override
    public Object compare(Compare q) {
        Object a = evaluate(q.left());
        Object b = evaluate(q.right());
        if (a instanceof ExcelError) {
            return a;
        }
        if (b instanceof ExcelError) {
            return b;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return test(q.op(), x, y) ? 1.0 : 0.0;
        }
        return ExcelError.VALUE;
    }

    private LongTable table(String name) {
        LongTable t = tables.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no data table " + name);
        }
        return t;
    }
}
