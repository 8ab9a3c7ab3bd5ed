package org.modelcensus.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.modelcensus.functions.normalize.DataTables;
import org.modelcensus.functions.query.LongTable;

/**
 * The data sheets: {@code Data} holds the Excel Table {@code Models}, and each long table gets its own
 * sheet ({@code Data-Countries}, ...) holding an Excel Table of the same name and columns, streamed
 * row by row. One Table per sheet, so that filtering one Table to audit a count hides no other
 * Table's rows. The formulas of the table sheets count these Tables by structured reference.
 */
final class DataSheet {
    static final String NAME = "Data";
    private static final int SAMPLE_ROWS = 200;

    private DataSheet() {
    }

    /** The sheet that holds a data table: {@code Data} for {@code Models}, else {@code Data-<table>}. */
    static String sheetName(String table) {
        return table.equals(DataTables.MODELS) ? NAME : NAME + "-" + table;
    }

    static void write(XlsxWorkbook wb, Cells cells, Map<String, LongTable> tables) {
        for (LongTable table : tables.values()) {
            XlsxSheet sheet = wb.createSheet(sheetName(table.name()));
            var header = sheet.row(0);
            List<String> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                cells.label(header, i, columns.get(i), cells.header);
            }
            sheet.freeze(0, 1);
            widths(sheet, table);
            cells.print(sheet);
            int r = 1;
            for (Object[] values : table.rows()) {
                var row = sheet.row(r++);
                for (int i = 0; i < values.length; i++) {
                    cells.value(row, i, values[i]);
                }
            }
            // A Table needs at least one data row; an empty data table keeps one blank row.
            sheet.table(table.name(), columns, Math.max(1, table.size()));
        }
    }

    /** Column widths from the header and the first rows: the rows are streamed, so a sample stands for them all. */
    private static void widths(XlsxSheet sheet, LongTable table) {
        List<String> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            List<String> texts = new ArrayList<>();
            texts.add(columns.get(i) + "  ");
            int seen = 0;
            for (Object[] values : table.rows()) {
                if (seen++ == SAMPLE_ROWS) {
                    break;
                }
                texts.add(values[i] == null ? "" : values[i].toString());
            }
            sheet.setColumnWidth(i, Cells.width(texts, 8, 40));
        }
    }
}
