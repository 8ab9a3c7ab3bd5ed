package org.modelcensus.functions.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.query.Param;
import org.modelcensus.functions.query.Query;

/**
 * One table or figure of a report: its id ({@code T1}, {@code F2}, {@code T4.text}), title,
 * input parameters, and one query per cell, with rows and columns in the report's order and with
 * exactly the report's labels.
 */
public final class ReportTable {
    /** How a figure is drawn; tables have {@link #NONE}. */
    public enum Chart { NONE, BAR, BAR_WITH_LINE, PIE }

    private final String id;
    private final String title;
    private final String unit;
    private final Chart chart;
    private final List<Param> params;
    private final Set<String> rows;
    private final Set<String> columns;
    private final Map<CellKey, Query> cells;
    private final boolean transposed;
    private final boolean blankZeros;
    private final Map<String, String> annexes;

    private ReportTable(Builder b) {
        this.transposed = b.transposed;
        this.blankZeros = b.blankZeros;
        this.annexes = Collections.unmodifiableMap(new LinkedHashMap<>(b.annexes));
        this.id = b.id;
        this.title = b.title;
        this.unit = b.unit;
        this.chart = b.chart;
        this.params = List.copyOf(b.params);
        this.rows = Collections.unmodifiableSet(new LinkedHashSet<>(b.rows));
        this.columns = Collections.unmodifiableSet(new LinkedHashSet<>(b.columns));
        this.cells = Collections.unmodifiableMap(new LinkedHashMap<>(b.cells));
    }

    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The unit line the report prints above the table, e.g. {@code (단위: 개; 중복 포함)}. */
    public String unit() {
        return unit;
    }

    public Chart chart() {
        return chart;
    }

    public List<Param> params() {
        return params;
    }

    public List<String> rows() {
        return List.copyOf(rows);
    }

    public List<String> columns() {
        return List.copyOf(columns);
    }

    /**
     * Whether the report prints this table turned: its rows (models) across, its columns (what is
     * shown of each) down. The cells and their keys are the same either way; only a sheet turns.
     */
    public boolean transposed() {
        return transposed;
    }

    /** Whether the report leaves a count of 0 blank (a sheet hides zeros by number format; the cell still holds 0). */
    public boolean blankZeros() {
        return blankZeros;
    }

    /**
     * Columns the report prints inside another column's cell, in parentheses: annex column by the column it
     * annotates, e.g. {@code 2022 -> 2022_중복} for "3 (중복 1)". Both stay cells of their own.
     */
    public Map<String, String> annexes() {
        return annexes;
    }

    /** Cells in row-major insertion order. */
    public Map<CellKey, Query> cells() {
        return cells;
    }

    public Query cell(String row, String column) {
        return cells.get(new CellKey(id, row, column));
    }

    /** Collects rows, columns and cells in report order. */
    public static final class Builder {
        private final String id;
        private final String title;
        private String unit = "";
        private Chart chart = Chart.NONE;
        private final List<Param> params = new ArrayList<>();
        private final Set<String> rows = new LinkedHashSet<>();
        private final Set<String> columns = new LinkedHashSet<>();
        private final Map<CellKey, Query> cells = new LinkedHashMap<>();
        private boolean transposed;
        private boolean blankZeros;
        private final Map<String, String> annexes = new LinkedHashMap<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public Builder unit(String value) {
            this.unit = value;
            return this;
        }

        public Builder chart(Chart value) {
            this.chart = value;
            return this;
        }

        /** The report prints the table turned (see {@link ReportTable#transposed()}). */
        public Builder transposed() {
            this.transposed = true;
            return this;
        }

        /** The report leaves counts of 0 blank. */
        public Builder blankZeros(boolean value) {
            this.blankZeros = value;
            return this;
        }

        /** {@code annex} is printed in parentheses beside {@code column} (see {@link ReportTable#annexes()}). */
        public Builder annex(String column, String annex) {
            annexes.put(column, annex);
            return this;
        }

        /** Declares an input parameter and returns it for use in cell queries. */
        public Param param(String name, String label, Object value) {
            Param p = new Param(id, name, label, value);
            params.add(p);
            return p;
        }

        /** Declares columns up front so that their order does not depend on the first row. */
        public Builder columns(List<String> labels) {
            columns.addAll(labels);
            return this;
        }

        public Builder cell(String row, String column, Query query) {
            rows.add(row);
            columns.add(column);
            if (cells.put(new CellKey(id, row, column), query) != null) {
                throw new IllegalStateException(id + ": cell (" + row + ", " + column + ") defined twice");
            }
            return this;
        }

        public CellKey key(String row, String column) {
            return new CellKey(id, row, column);
        }

        /** Whether the cell (row, column) is defined yet; a data-driven row may be absent. */
        public boolean has(String row, String column) {
            return cells.containsKey(key(row, column));
        }

        public ReportTable build() {
            return new ReportTable(this);
        }
    }
}
