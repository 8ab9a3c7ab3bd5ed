package org.modelcensus.functions.dataset;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of an Epoch snapshot: the raw cell values by canonical column name, and the line of
 * the file it started on (0 for records added by a correction).
 */
public final class ModelRecord {
    private final Columns columns;
    private final String[] values;
    private final long line;

    public ModelRecord(Columns columns, String[] values, long line) {
        if (values.length != columns.size()) {
            throw new IllegalStateException("record has " + values.length + " values for " + columns.size() + " columns");
        }
        this.columns = columns;
        this.values = values;
        this.line = line;
    }

    /** The raw value of a field, "" when the column is absent. */
    public String get(Field field) {
        int i = columns.indexOf(field);
        return i < 0 ? "" : values[i];
    }

    /** The raw value of a column by canonical name, "" when the column is absent. */
    public String get(String column) {
        int i = columns.indexOf(column);
        return i < 0 ? "" : values[i];
    }

    /** The raw value of the column at {@code index}. */
    String value(int index) {
        return values[index];
    }

    public String name() {
        return get(Field.NAME).strip();
    }

    public long line() {
        return line;
    }

    /** The same record read at another line (the second half of a file read in two, see {@link EpochCsv}). */
    ModelRecord atLine(long otherLine) {
        return new ModelRecord(columns, values, otherLine);
    }

    public Columns columns() {
        return columns;
    }

    /** A copy with one column set; the column must exist. */
    public ModelRecord with(String column, String value) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column '" + column + "' in this snapshot");
        }
        String[] copy = values.clone();
        copy[i] = value;
        return new ModelRecord(columns, copy, line);
    }

    /** This record re-expressed over other columns (absent columns become ""), e.g. across schemas. */
    public ModelRecord reshape(Columns target) {
        String[] out = new String[target.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = get(target.names().get(i));
        }
        return new ModelRecord(target, out, 0);
    }

    /** The number of characters of all its values: what the record's text costs, for memory estimates. */
    public long chars() {
        long n = 0;
        for (String v : values) {
            n += v.length();
        }
        return n;
    }

    /** All columns and values, in column order. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.putIfAbsent(columns.names().get(i), values[i]);
        }
        return m;
    }

    @Override
    public String toString() {
        return "ModelRecord[" + name() + " @" + line + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelRecord r && r.columns.names().equals(columns.names()) && Arrays.equals(r.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
