package org.modelcensus.functions.query;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A named table of rows (cells are {@link Integer}, {@link Double}, {@link String} or null for
 * blank): the normalized data that queries count and look up. In the workbook each one is an
 * Excel Table of the same name and columns, so {@code Countries[Year]} means the same column in
 * Java and in Excel.
 *
 * <p>Cells are kept column by column, one array per column: a table of 100,000 models has about a
 * million rows in all, and an array per row would be a million objects for the collector to copy.
 * {@link #rows()} makes each row it is asked for.
 */
public final class LongTable {
    private final String name;
    private final List<String> columns;
    private final Map<String, Integer> index = new HashMap<>();
    /** {@code cells[column][row]} for the rows below {@link #size}. */
    private final Object[][] cells;
    private int size;
    private int capacity;
    private final Map<Object, CountIndex> indexes = new ConcurrentHashMap<>();

    public LongTable(String name, List<String> columns) {
        this(name, columns, 10);
    }

    /** A table expected to hold about {@code expectedRows} rows (room is made for them at once). */
    public LongTable(String name, List<String> columns, int expectedRows) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.capacity = Math.max(expectedRows, 1);
        this.cells = new Object[this.columns.size()][capacity];
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

    /** Appends a row; values in column order, copied (the caller may fill the same array for its next row). */
    public void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(name + ": row of " + values.length + " values for " + columns.size() + " columns");
        }
        if (size == capacity) {
            capacity = size + Math.max(size >> 1, 16);
            for (int c = 0; c < cells.length; c++) {
                cells[c] = Arrays.copyOf(cells[c], capacity);
            }
        }
        for (int c = 0; c < cells.length; c++) {
            cells[c][size] = values[c];
        }
        size++;
        if (!indexes.isEmpty()) {
            indexes.clear();
        }
    }

    /** The count index known by {@code id}, built on first use and shared by every evaluator of this table. */
    CountIndex index(Object id, Supplier<CountIndex> build) {
        return indexes.computeIfAbsent(id, k -> build.get());
    }

    /** The rows in order, each a new array of its cells: for reading a whole row (counts read {@link #get(int, int)}). */
    public List<Object[]> rows() {
        return new Rows();
    }

    /** A new array of the cells of one row. */
    public Object[] row(int row) {
        Objects.checkIndex(row, size);
        Object[] out = new Object[cells.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = cells[c][row];
        }
        return out;
    }

    public int size() {
        return size;
    }

    public Object get(int row, String column) {
        return get(row, column(column));
    }

    /** The cell of a row in the column at position {@code column}. */
    public Object get(int row, int column) {
        Objects.checkIndex(row, size);
        return cells[column][row];
    }

    private final class Rows extends AbstractList<Object[]> implements RandomAccess {
        @Override
        public Object[] get(int index) {
            return row(index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
