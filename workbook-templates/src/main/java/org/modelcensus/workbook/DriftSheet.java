package org.modelcensus.workbook;

import org.modelcensus.functions.drift.CellKind;
import org.modelcensus.functions.drift.Drift;
import org.modelcensus.functions.drift.Reason;
import org.modelcensus.functions.query.ExcelError;
import org.modelcensus.workbook.XlsxSheet.Row;

/**
 * The {@code Drift} sheet ({@code census workbook --compare SNAPSHOT}): the rows of {@code census drift
 * --format csv} from the compared snapshot (A) to the workbook's data (B), with before and after as
 * numbers and directions as numbers, so that a pivot or {@code SUMIFS} over a cell's lines gives
 * after − before. Values only, no formulas.
 */
final class DriftSheet {
    static final String NAME = "Drift";
    /** The row of the column header (0-based); the drift rows follow it. */
    static final int HEADER_ROW = 4;

    private DriftSheet() {
    }

    static void write(XlsxWorkbook wb, Cells cells, Drift drift) {
        XlsxSheet sheet = wb.createSheet(NAME);
        cells.label(sheet.row(0), 0, "스냅숏 간 변동 (drift from snapshot A to B), " + drift.edition(), cells.title);
        cells.label(sheet.row(1), 0, "A: " + drift.a().describe(), null);
        cells.label(sheet.row(2), 0, "B: " + drift.b().describe() + " — 이 통합문서의 데이터 (the data of this workbook)", null);
        cells.label(sheet.row(3), 0, "direction: 1 = 모델이 셀에 들어옴, -1 = 나감 (태그를 세는 그룹에서는 2 = 두 번); 건수 셀마다 "
                + "direction의 합 = after - before. 비중·CAGR·순위 등 다른 셀에는 모델 줄이 없습니다. 사유(reason): " + legend()
                + ". / direction: 1 = the model entered the cell, -1 = it left (2 = twice, where a group counts tags); per "
                + "count cell the directions add up to after - before. Other cells (share, cagr, rank, flag, list, "
                + "difference) have no model lines.", null);
        Row h = sheet.row(HEADER_ROW);
        for (int i = 0; i < Drift.HEADER.size(); i++) {
            cells.label(h, i, Drift.HEADER.get(i), cells.header);
        }
        int r = HEADER_ROW + 1;
        for (Drift.Cell c : drift.cells()) {
            if (c.kind() != CellKind.COUNT) {
                line(cells, sheet.row(r++), c, null, null, c.kind().id());
            }
            for (Drift.ModelLine m : c.models()) {
                line(cells, sheet.row(r++), c, m.model(), m.direction(), m.reason());
            }
        }
        sheet.freeze(0, HEADER_ROW + 1);
        sheet.autoFilter(HEADER_ROW, Math.max(HEADER_ROW + 1, r - 1), 0, Drift.HEADER.size() - 1);
        sheet.repeatRows(HEADER_ROW, HEADER_ROW);
        cells.print(sheet);
        sheet.printArea(Drift.HEADER.size() - 1);
        int[] widths = {8, 34, 12, 10, 10, 32, 10, 90};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static void line(Cells cells, Row x, Drift.Cell c, String model, Integer direction, String reason) {
        cells.label(x, 0, c.key().table(), null);
        cells.label(x, 1, c.key().row(), null);
        cells.label(x, 2, c.key().column(), null);
        cells.value(x, 3, value(c.before()));
        cells.value(x, 4, value(c.after()));
        cells.value(x, 5, model);
        cells.value(x, 6, direction);
        cells.value(x, 7, reason);
    }

    /** The reasons' ids with their Korean descriptions, e.g. {@code added 데이터베이스에 추가됨}. */
    private static String legend() {
        return String.join(", ", java.util.Arrays.stream(Reason.values()).map(r -> r.id() + " " + r.korean()).toList());
    }

    /** A number as a number, an Excel error as its text, other text as it is. */
    private static Object value(Object v) {
        return v instanceof ExcelError e ? e.text() : v;
    }
}
