package org.modelcensus.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelcensus.functions.normalize.DataTables;
import org.modelcensus.functions.query.Arithmetic;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.query.Count;
import org.modelcensus.functions.query.Lookup;
import org.modelcensus.functions.query.Param;
import org.modelcensus.functions.query.Query;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.PreviewModels;
import org.modelcensus.functions.report.ReportTable;
import org.modelcensus.functions.report.YearCoverage;
import org.modelcensus.workbook.XlsxSheet.Row;
import org.modelcensus.workbook.XlsxStyles.Style;

/**
 * One sheet per report table, named by its id: the title and unit line, the labelled year-range
 * inputs, and the table as the report lays it out, every computed cell a formula rendered from
 * the cell's definition with the Java value cached; a figure also gets its chart.
 */
final class TableSheet {
    private static final Set<String> LARGE_NUMBERS = Set.of(DataTables.FLOP, "Parameters", "DatasetSize");
    static final String ROW_HEADER = "구분";
    /** The header of a turned model table's first column, as the reports print it. */
    static final String MODEL_HEADER = "모델명";
    static final int FIRST_YEAR = 1950;
    static final int LAST_YEAR = 2100;
    /** Sheet rows (table and chart) up to which a table sheet prints on one page. */
    static final int ONE_PAGE_ROWS = 60;
    /** Characters of an annex column, wide enough for "(중복 12)". */
    static final int ANNEX_WIDTH = 10;
    /** Characters of a turned table's columns, whose long lists (과업) wrap. */
    static final int WRAPPED_WIDTH = 28;
    /** The column of the warning beside the unit line, clear of the unit text. */
    private static final int NOTE_COLUMN = 2;

    private TableSheet() {
    }

    static void write(XlsxWorkbook wb, Cells cells, Layout layout, Report report, ReportTable table) {
        XlsxSheet sheet = wb.createSheet(table.id());
        // Row labels are written before the cells, and cells in the table's order rather than row by row, so a
        // table sheet stays in memory whole (one row per label: a few thousand cells even for 100,000 models);
        // with the workbook's window a table of more than that many rows failed on a row already flushed.
        sheet.keepRows(-1);
        Layout.TablePlace place = layout.place(table.id());
        cells.label(sheet.row(Layout.TITLE_ROW), 0, "[" + table.id() + "] " + table.title(), cells.title);
        cells.label(sheet.row(Layout.UNIT_ROW), 0, table.unit(), null);
        note(cells, sheet, report, table);
        for (Param p : table.params()) {
            Row r = sheet.row(layout.paramRow(p));
            cells.label(r, 0, p.label(), cells.bold);
            cells.value(r, Layout.VALUE_COLUMN, p.value()).setCellStyle(cells.input);
            yearValidation(sheet, r.rowNum());
        }
        if (!table.params().isEmpty()) {
            cells.label(sheet.row(layout.paramRow(table.params().get(0))), Layout.VALUE_COLUMN + 1,
                    "← 입력 (input: the year range that 계 / range formulas count)", null);
        }
        Row header = sheet.row(place.headerRow());
        cells.label(header, 0, place.transposed() ? MODEL_HEADER : ROW_HEADER, cells.header);
        java.util.Map<String, String> annexed = new java.util.HashMap<>();
        table.annexes().forEach((column, annex) -> annexed.put(annex, column));
        for (String label : place.across()) {
            int c = place.column(label);
            if (!place.transposed() && annexed.containsKey(label)) {
                // An annex ("(중복 1)") sits under its column's header, which spans both cells as in the report.
                header.createCell(c).setCellStyle(cells.header);
                sheet.merge(place.headerRow(), place.headerRow(), c - 1, c);
            } else {
                cells.label(header, c, label, cells.header);
            }
        }
        FormulaRenderer renderer = new FormulaRenderer(layout, table.id());
        for (String label : place.down()) {
            cells.label(sheet.row(place.row(label)), 0, label, cells.bold);
        }
        for (var e : table.cells().entrySet()) {
            CellKey key = e.getKey();
            int[] at = place.at(key.row(), key.column());
            cells.formula(sheet.row(at[0]), at[1], renderer.render(e.getValue()), report.value(key),
                    style(cells, table, key, e.getValue()));
        }
        List<String> firstColumn = new ArrayList<>(place.down());
        table.params().forEach(p -> firstColumn.add(p.label()));
        sheet.setColumnWidth(0, Cells.width(firstColumn, 12, 60));
        Map<String, Integer> lines = new HashMap<>();
        for (String label : place.across()) {
            if (!place.transposed() && annexed.containsKey(label)) {
                sheet.setColumnWidth(place.column(label), ANNEX_WIDTH * 256);
                continue;
            }
            List<String> texts = new ArrayList<>();
            texts.add(label);
            for (String other : place.down()) {
                CellKey key = place.transposed() ? new CellKey(table.id(), label, other) : new CellKey(table.id(), other, label);
                if (report.value(key) instanceof String s) {
                    texts.add(s);
                    if (place.transposed()) {
                        lines.merge(other, AboutSheet.lines(s, WRAPPED_WIDTH - 2), Math::max);
                    }
                }
            }
            int min = table.annexes().containsKey(label) ? 6 : 10;
            sheet.setColumnWidth(place.column(label), Cells.width(texts, min, place.transposed() ? WRAPPED_WIDTH : 50));
        }
        // Neither Excel nor LibreOffice fits a row to wrapped text on open: a turned table's long lists get their height.
        lines.forEach((label, n) -> {
            if (n > 1) {
                sheet.row(place.row(label)).setHeightInPoints(AboutSheet.LINE_POINTS * n);
            }
        });
        sheet.freeze(1, place.headerRow() + 1);
        int bottom = Charts.draw(cells, sheet, place, report);
        // A table and its chart on one A4 page when that keeps them legible; a long one runs over pages, one page wide.
        cells.print(sheet, bottom <= ONE_PAGE_ROWS);
    }

    /**
     * A warning beside the unit line, Korean then English, when the table lists a preview model or the data ends
     * before the edition's years: what a reader copying the table into the report must know.
     */
    private static void note(Cells cells, XlsxSheet sheet, Report report, ReportTable table) {
        List<String> notes = new ArrayList<>();
        YearCoverage coverage = YearCoverage.of(report.data());
        if (!coverage.complete() && !report.data().provenance().sample()) {
            notes.add(coverage.note(true) + " / " + coverage.note(false));
        }
        List<String> previews = PreviewModels.in(report).get(table.id());
        if (previews != null) {
            notes.add(PreviewModels.note(table.id(), previews, true) + " / " + PreviewModels.note(table.id(), previews, false));
        }
        if (!notes.isEmpty()) {
            cells.label(sheet.row(Layout.UNIT_ROW), NOTE_COLUMN, "주의 (note): " + String.join(" ", notes), null);
        }
    }

    /** A year input accepts a whole number in a sane range, so a typo cannot silently empty the table. */
    private static void yearValidation(XlsxSheet sheet, int row) {
        sheet.wholeNumberBetween(row, Layout.VALUE_COLUMN, FIRST_YEAR, LAST_YEAR, "연도 (year)", FIRST_YEAR + "~" + LAST_YEAR
                + " 사이의 연도를 정수로 넣으십시오. A whole year from " + FIRST_YEAR + " to " + LAST_YEAR + ".");
    }

    private static Style style(Cells cells, ReportTable table, CellKey key, Query q) {
        if (table.annexes().containsValue(key.column())) {
            return cells.annex;
        }
        if (q instanceof Count) {
            return table.blankZeros() ? cells.countOrBlank : cells.count;
        }
        if (q instanceof Lookup l) {
            if (LARGE_NUMBERS.contains(l.valueColumn())) {
                return table.transposed() ? cells.scientificCentered : cells.scientific;
            }
            return table.transposed() ? cells.centeredWrapped : cells.centered;
        }
        return fractional(q) ? cells.decimal : table.transposed() ? cells.centered : null;
    }

    /** Whether a computation divides or takes a power (a share or growth rate, shown with one decimal). */
    private static boolean fractional(Query q) {
        return q instanceof Arithmetic a && (a.op() == Arithmetic.Op.DIVIDE || a.op() == Arithmetic.Op.POWER
                || fractional(a.left()) || fractional(a.right()));
    }
}
