package org.modelcensus.functions.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A named table of rows (cells are {@link Integer}, {@link Double}, {@link String} or null for
 * blank): the normalized data that queries count and look up. In the workbook each one is an
 * Excel Table of the same name and columns, so {@code Countries[Year]} means the same column in
 * Java and in Excel.
 */
public final class LongTable {
    private final String name;
    private final List<String> columns;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Object[]> rows;
    private final Map<Object, CountIndex> indexes = new ConcurrentHashMap<>();

    public LongTable(String name, List<String> columns) {
        this(name, columns, 10);
    }

    /** A table expected to hold about {@code expectedRows} rows (room is made for them at once). */
    public LongTable(String name, List<String> columns, int expectedRows) {
        this.rows = new ArrayList<>(expectedRows);
        this.name = name;
        this.columns = List.copyOf(columns);
        for (int i = 0; i < this.columns.size(); i++) {
            if (index.put(this.columns.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate column " + this.columns.get(i) + " in " + name);
            }
        }
    }

    public String name() {
        return name;
    }

    public List<String> columns() {
        return columns;
    }

    /** Position of a column. */
    public int column(String column) {
        Integer i = index.get(column);
        if (i == null) {
            throw new IllegalArgumentException("table " + name + " has no column " + column + " (has " + columns + ")");
        }
        return i;
    }

    public boolean hasColumn(String column) {
        return index.containsKey(column);
    }

    /** Appends a row; values in column order. */
    public void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(name + ": row of " + values.length + " values for " + columns.size() + " columns");
        }
        rows.add(values);
        if (!indexes.isEmpty()) {
            indexes.clear();
        }
    }

    /** The count index known by {@code id}, built on first use and shared by every evaluator of this table. */
    CountIndex index(Object id, Supplier<CountIndex> build) {
        return indexes.computeIfAbsent(id, k -> build.get());
    }

    public List<Object[]> rows() {
        return Collections.unmodifiableList(rows);
    }

    public int size() {
        return rows.size();
    }

    public Object get(int row, String column) {
        return rows.get(row)[column(column)];
    }
}
