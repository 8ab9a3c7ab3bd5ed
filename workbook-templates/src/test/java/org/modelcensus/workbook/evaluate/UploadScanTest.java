package org.modelcensus.workbook.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.modelcensus.workbook.evaluate.WorkbookRefusedException.Reason;

class UploadScanTest {
    @Test
    void countsSheetsRowsAndCellsBeforePoiParses() throws IOException {
        UploadScan.Counts counts = UploadScan.scan(workbook(30), UploadScan.Limits.defaults());
        assertEquals(1, counts.sheets());
        assertEquals(30, counts.rows());
        assertEquals(31, counts.cells());
    }

    @Test
    void refusesMoreCellsThanTheLimit() throws IOException {
        UploadScan.Limits few = new UploadScan.Limits(1L << 20, 0.01, 100, 10, 30, 1_000);
        WorkbookRefusedException e = assertThrows(WorkbookRefusedException.class, () -> UploadScan.scan(workbook(30), few));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertEquals("the workbook has more than 30 cells; this server evaluates workbooks of at most 30 cells", e.getMessage());
    }

    @Test
    void aDeadlineStopsOneLongFormula() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook(3_000)))) {
            FormulaEvaluator evaluator = XSSFFormulaEvaluator.create(book, Deadline.in(Duration.ofMillis(200)), null);
            long start = System.nanoTime();
            assertThrows(EvaluationStoppedException.class,
                    () -> FormulaOutcome.of(book.getSheetAt(0).getRow(0).getCell(0), evaluator));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(true, ms < 2_000, "stopped after " + ms + " ms");
        }
    }

    @Test
    void refusesACircularReference() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFRow row = book.createSheet("Loop").createRow(0);
            row.createCell(0).setCellFormula("B1+1");
            row.createCell(1).setCellFormula("A1+1");
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            WorkbookRefusedException e = assertThrows(WorkbookRefusedException.class,
                    () -> FormulaOutcome.of(row.getCell(0), evaluator));
            assertEquals(Reason.TOO_COSTLY, e.reason());
        }
    }

    /** {@code A1 = SUM(B1:Bn)} over {@code Bi = COUNTIF(C$1:C$n, i)}, without the C column's values. */
    private static byte[] workbook(int n) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("S");
            for (int i = 0; i < n; i++) {
                XSSFRow row = sheet.createRow(i);
                if (i == 0) {
                    row.createCell(0).setCellFormula("SUM(B1:B" + n + ")");
                }
                row.createCell(1).setCellFormula("COUNTIF(C$1:C$" + n + "," + (i + 1) + ")");
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
