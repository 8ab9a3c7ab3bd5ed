package org.modelcensus.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.modelcensus.functions.normalize.DataTables;
import org.modelcensus.functions.query.Arithmetic;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.query.Count;
import org.modelcensus.functions.query.Lookup;
import org.modelcensus.functions.query.Param;
import org.modelcensus.functions.query.Query;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.ReportTable;

/**
 * One sheet per report table, named by its id: the title and unit line, the labelled year-range
 * inputs, and the table as the report lays it out, every computed cell a formula rendered from
 * the cell's definition with the Java value cached; a figure also gets its chart.
 */
final class TableSheet {
    private static final Set<String> LARGE_NUMBERS = Set.of(DataTables.FLOP, "Parameters", "DatasetSize");
    static final String ROW_HEADER = "구분";
    static final int FIRST_YEAR = 1950;
    static final int LAST_YEAR = 2100;

    private TableSheet() {
    }

    static void write(SXSSFWorkbook wb, Cells cells, Layout layout, Report report, ReportTable table) {
        SXSSFSheet sheet = wb.createSheet(table.id());
        // Row labels are written before the cells, and cells in the table's order rather than row by row, so a
        // table sheet stays in memory whole (one row per label: a few thousand cells even for 100,000 models);
        // with the workbook's window a table of more than that many rows failed on a row already flushed.
        sheet.setRandomAccessWindowSize(-1);
        Layout.TablePlace place = layout.place(table.id());
        cells.label(Cells.row(sheet, Layout.TITLE_ROW), 0, "[" + table.id() + "] " + table.title(), cells.title);
        cells.label(Cells.row(sheet, Layout.UNIT_ROW), 0, table.unit(), null);
        for (Param p : table.params()) {
            Row r = Cells.row(sheet, layout.paramRow(p));
            cells.label(r, 0, p.label(), cells.bold);
            cells.value(r, Layout.VALUE_COLUMN, p.value()).setCellStyle(cells.input);
            yearValidation(sheet, r.getRowNum());
        }
        if (!table.params().isEmpty()) {
            cells.label(Cells.row(sheet, layout.paramRow(table.params().get(0))), Layout.VALUE_COLUMN + 1,
                    "← 입력 (input: the year range that 계 / range formulas count)", null);
        }
        Row header = Cells.row(sheet, place.headerRow());
        cells.label(header, 0, ROW_HEADER, cells.header);
        for (String column : table.columns()) {
            cells.label(header, place.column(column), column, cells.header);
        }
        FormulaRenderer renderer = new FormulaRenderer(layout, table.id());
        for (String row : table.rows()) {
            cells.label(Cells.row(sheet, place.row(row)), 0, row, cells.bold);
        }
        for (var e : table.cells().entrySet()) {
            CellKey key = e.getKey();
            Row r = Cells.row(sheet, place.row(key.row()));
            cells.formula(r, place.column(key.column()), renderer.render(e.getValue()), report.value(key),
                    style(cells, e.getValue()));
        }
        List<String> firstColumn = new ArrayList<>(table.rows());
        table.params().forEach(p -> firstColumn.add(p.label()));
        sheet.setColumnWidth(0, Cells.width(firstColumn, 12, 60));
        for (String column : table.columns()) {
            List<String> texts = new ArrayList<>();
            texts.add(column);
            for (String row : table.rows()) {
                if (report.value(new CellKey(table.id(), row, column)) instanceof String s) {
                    texts.add(s);
                }
            }
            sheet.setColumnWidth(place.column(column), Cells.width(texts, 10, 50));
        }
        sheet.createFreezePane(1, place.headerRow() + 1);
        cells.print(sheet);
        Charts.draw(cells, sheet, wb.getXSSFWorkbook().getSheet(table.id()), place, report);
    }

    /** A year input accepts a whole number in a sane range, so a typo cannot silently empty the table. */
    private static void yearValidation(SXSSFSheet sheet, int row) {
        var helper = sheet.getDataValidationHelper();
        var constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                Integer.toString(FIRST_YEAR), Integer.toString(LAST_YEAR));
        var validation = helper.createValidation(constraint,
                new CellRangeAddressList(row, row, Layout.VALUE_COLUMN, Layout.VALUE_COLUMN));
        validation.setShowErrorBox(true);
        validation.createErrorBox("연도 (year)", "A whole year from " + FIRST_YEAR + " to " + LAST_YEAR + ".");
        sheet.addValidationData(validation);
    }

    private static CellStyle style(Cells cells, Query q) {
        if (q instanceof Count) {
            return cells.count;
        }
        if (q instanceof Lookup l) {
            return LARGE_NUMBERS.contains(l.valueColumn()) ? cells.scientific : cells.centered;
        }
        return fractional(q) ? cells.decimal : null;
    }

    /** Whether a computation divides or takes a power (a share or growth rate, shown with one decimal). */
    private static boolean fractional(Query q) {
        return q instanceof Arithmetic a && (a.op() == Arithmetic.Op.DIVIDE || a.op() == Arithmetic.Op.POWER
                || fractional(a.left()) || fractional(a.right()));
    }
}
