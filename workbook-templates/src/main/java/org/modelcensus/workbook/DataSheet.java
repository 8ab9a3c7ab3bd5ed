package org.modelcensus.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;
import org.modelcensus.functions.query.LongTable;

/**
 * The {@code Data} sheet: every data table ({@code Models} first, then the long tables) as an Excel
 * Table of the same name and columns, side by side with one empty column between them, streamed
 * row by row. The formulas of the table sheets count these Tables by structured reference.
 */
final class DataSheet {
    static final String NAME = "Data";

    private DataSheet() {
    }

    static void write(SXSSFWorkbook wb, Cells cells, Map<String, LongTable> tables) {
        SXSSFSheet sheet = wb.createSheet(NAME);
        List<LongTable> order = new ArrayList<>(tables.values());
        int[] firstColumn = new int[order.size()];
        int maxRows = 0;
        for (int t = 0, c = 0; t < order.size(); t++) {
            firstColumn[t] = c;
            c += order.get(t).columns().size() + 1;
            maxRows = Math.max(maxRows, order.get(t).size());
        }
        var header = sheet.createRow(0);
        for (int t = 0; t < order.size(); t++) {
            List<String> columns = order.get(t).columns();
            for (int i = 0; i < columns.size(); i++) {
                cells.label(header, firstColumn[t] + i, columns.get(i), cells.header);
            }
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < maxRows; r++) {
            var row = sheet.createRow(r + 1);
            for (int t = 0; t < order.size(); t++) {
                LongTable table = order.get(t);
                if (r < table.size()) {
                    Object[] values = table.rows().get(r);
                    for (int i = 0; i < values.length; i++) {
                        cells.value(row, firstColumn[t] + i, values[i]);
                    }
                }
            }
        }
        XSSFSheet backing = wb.getXSSFWorkbook().getSheet(NAME);
        for (int t = 0; t < order.size(); t++) {
            defineTable(backing, order.get(t), firstColumn[t]);
        }
    }

    /** An Excel Table over the written range; the header names are set here because streamed cells are not readable. */
    private static void defineTable(XSSFSheet sheet, LongTable table, int firstColumn) {
        int lastColumn = firstColumn + table.columns().size() - 1;
        // A Table needs at least one data row; an empty data table keeps one blank row.
        int lastRow = Math.max(1, table.size());
        var area = new AreaReference(new CellReference(0, firstColumn), new CellReference(lastRow, lastColumn),
                sheet.getWorkbook().getSpreadsheetVersion());
        XSSFTable t = sheet.createTable(area);
        t.setName(table.name());
        t.setDisplayName(table.name());
        var ct = t.getCTTable();
        List<CTTableColumn> columns = List.of(ct.getTableColumns().getTableColumnArray());
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setName(table.columns().get(i));
        }
        ct.addNewAutoFilter().setRef(area.formatAsString());
        CTTableStyleInfo style = ct.addNewTableStyleInfo();
        style.setName("TableStyleLight9");
        style.setShowRowStripes(true);
    }
}
