package org.modelcensus.server.tables;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.modelcensus.functions.export.CsvExport;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.report.ComputedCell;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.ReportTable;

/**
 * The CSV forms of report tables, every cell written by {@link CsvExport} (formula-like text
 * neutralized, numbers kept as numbers, {@code \n} line ends): all cells of a report in long form
 * ({@code table,row,column,value}), or one table laid out as printed (a row-label column, then one
 * column per report column).
 */
public final class TablesCsv {
    /** The header of the long form. */
    public static final String LONG_HEADER = "table,row,column,value";

    private TablesCsv() {
    }

    /** Every computed cell, one line each, under {@link #LONG_HEADER}. */
    public static void writeLong(Report report, Appendable out) throws IOException {
        out.append(LONG_HEADER).append('\n');
        for (ComputedCell c : report.evaluate()) {
            out.append(CsvExport.row(c.key().table(), c.key().row(), c.key().column(), c.text())).append('\n');
        }
    }

    /**
     * One table as printed: the header {@code <rowHeader>,<column 1>,...}, then one line per row
     * label with its values (an empty cell where the report has none).
     * Example: {@code pandas.read_csv(url, index_col=0)}.
     */
    public static void writeTable(Report report, ReportTable table, String rowHeader, Appendable out) throws IOException {
        List<String> columns = table.columns();
        List<Object> line = new ArrayList<>(columns.size() + 1);
        line.add(rowHeader);
        line.addAll(columns);
        out.append(CsvExport.row(line)).append('\n');
        for (String row : table.rows()) {
            line.clear();
            line.add(row);
            for (String column : columns) {
                CellKey key = new CellKey(table.id(), row, column);
                line.add(table.cells().containsKey(key) ? report.value(key) : null);
            }
            out.append(CsvExport.row(line)).append('\n');
        }
    }
}
