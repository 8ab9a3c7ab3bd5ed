package org.modelcensus.workbook;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.query.Param;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.ReportTable;

/**
 * Where every table, parameter and cell of a report goes in the workbook, decided before anything
 * is written so that a formula can reference any cell. Each table gets a sheet named by its id:
 * title, unit, one labelled input cell per parameter, then the table with row labels in column A
 * and its columns from column B, as the report lays it out.
 */
final class Layout {
    /**
     * Where one table sits on its sheet (0-based rows and columns). {@code rows} and {@code columns} are
     * the table's labels with their places in print order: a column the report prints in parentheses
     * beside another (an annex) comes right after it. A transposed table has its rows across (from
     * column B) and its columns down (from the row under the header).
     */
    record TablePlace(ReportTable table, int headerRow, Map<String, Integer> rows,
            Map<String, Integer> columns) {
        boolean transposed() {
            return table.transposed();
        }

        /** The sheet row of a table row; of a table column when transposed. */
        int row(String label) {
            return headerRow + 1 + (transposed() ? columns.get(label) : rows.get(label));
        }

        /** The sheet column of a table column; of a table row when transposed. */
        int column(String label) {
            return 1 + (transposed() ? rows.get(label) : columns.get(label));
        }

        /** The 0-based sheet row and column of the cell (row, column) of the table. */
        int[] at(String row, String column) {
            return transposed() ? new int[] {row(column), column(row)} : new int[] {row(row), column(column)};
        }

        /** The labels down column A: the table's rows, or its columns when transposed. */
        List<String> down() {
            return List.copyOf((transposed() ? columns : rows).keySet());
        }

        /** The labels across the header row, in sheet order. */
        List<String> across() {
            return List.copyOf((transposed() ? rows : columns).keySet());
        }

        int lastRow() {
            return headerRow + (transposed() ? columns.size() : rows.size());
        }

        int lastColumn() {
            return transposed() ? rows.size() : columns.size();
        }
    }

    static final int TITLE_ROW = 0;
    static final int UNIT_ROW = 1;
    static final int FIRST_PARAM_ROW = 3;
    static final int VALUE_COLUMN = 1;

    private final Map<String, TablePlace> places = new LinkedHashMap<>();
    private final Map<Param, Integer> paramRows = new HashMap<>();

    Layout(Report report) {
        for (ReportTable t : report.tables()) {
            List<Param> params = t.params();
            for (int i = 0; i < params.size(); i++) {
                paramRows.put(params.get(i), FIRST_PARAM_ROW + i);
            }
            int headerRow = params.isEmpty() ? FIRST_PARAM_ROW : FIRST_PARAM_ROW + params.size() + 1;
            places.put(t.id(), new TablePlace(t, headerRow, positions(t.rows()),
                    positions(printOrder(t))));
        }
    }

    /** The columns in print order: each annex right after the column it annotates. */
    static List<String> printOrder(ReportTable t) {
        java.util.Set<String> annexes = new java.util.HashSet<>(t.annexes().values());
        List<String> out = new java.util.ArrayList<>();
        for (String c : t.columns()) {
            if (annexes.contains(c)) {
                continue;
            }
            out.add(c);
            String annex = t.annexes().get(c);
            if (annex != null && t.columns().contains(annex)) {
                out.add(annex);
            }
        }
        for (String c : t.columns()) {
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static Map<String, Integer> positions(List<String> labels) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String l : labels) {
            out.put(l, out.size());
        }
        return out;
    }

    TablePlace place(String table) {
        TablePlace p = places.get(table);
        if (p == null) {
            throw new IllegalArgumentException("no table " + table + " in the layout");
        }
        return p;
    }

    /** 0-based row and column of a cell. */
    int[] position(CellKey key) {
        TablePlace p = place(key.table());
        if (!p.rows().containsKey(key.row()) || !p.columns().containsKey(key.column())) {
            throw new IllegalArgumentException("no cell " + key + " in the layout");
        }
        return p.at(key.row(), key.column());
    }

    /** The cell's A1 reference as a formula on {@code fromSheet} writes it: relative, sheet-qualified if elsewhere. */
    String reference(CellKey key, String fromSheet) {
        int[] at = position(key);
        return qualifier(key.table(), fromSheet) + new CellReference(at[0], at[1]).formatAsString(false);
    }

    /** The sheet-qualified A1 address the {@code Index} sheet gives, e.g. {@code 'T1'!C5}. */
    String address(CellKey key) {
        return reference(key, null);
    }

    /** A parameter's input cell, absolute ({@code $B$4}) so that formulas can be copied. */
    String param(Param p, String fromSheet) {
        Integer row = paramRows.get(p);
        if (row == null) {
            throw new IllegalArgumentException("parameter " + p.name() + " of " + p.table() + " is not declared");
        }
        return qualifier(p.table(), fromSheet) + new CellReference(row, VALUE_COLUMN, true, true).formatAsString(false);
    }

    int paramRow(Param p) {
        return paramRows.get(p);
    }

    /** The absolute range of ranked cells, which must form one contiguous column of one table. */
    String range(List<CellKey> cells, String fromSheet) {
        String table = cells.get(0).table();
        int column = -1;
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (CellKey k : cells) {
            int[] at = position(k);
            if (!k.table().equals(table) || (column >= 0 && at[1] != column)) {
                throw new IllegalArgumentException("ranked cells must share one column of one table: " + cells);
            }
            column = at[1];
            first = Math.min(first, at[0]);
            last = Math.max(last, at[0]);
        }
        if (last - first + 1 != cells.size()) {
            throw new IllegalArgumentException("ranked cells must be contiguous: " + cells);
        }
        return qualifier(table, fromSheet) + new CellReference(first, column, true, true).formatAsString(false) + ":"
                + new CellReference(last, column, true, true).formatAsString(false);
    }

    static String qualifier(String sheet, String fromSheet) {
        return sheet.equals(fromSheet) ? "" : "'" + sheet.replace("'", "''") + "'!";
    }
}
