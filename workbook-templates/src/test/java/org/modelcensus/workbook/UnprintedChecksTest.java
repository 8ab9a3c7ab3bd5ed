package org.modelcensus.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.run.Recipe;
import org.modelcensus.functions.run.Run;

/** The Checks sheet of an edition not printed yet (spri-2026) says so and still lists every computed cell. */
class UnprintedChecksTest {
    @TempDir
    Path dir;

    @Test
    void saysNothingIsPrintedYetAndListsTheComputedCells() throws Exception {
        Edition draft = Edition.of("spri-2026");
        assertTrue(draft.publishedFigures().isEmpty(), "spri-2026 is the unprinted draft");
        var in = TemplateWorkbook.Input.of(Run.of(SampleData.snapshot(), Recipe.of(draft)), "census test");
        int computed = in.report().tables().stream().mapToInt(t -> t.cells().size()).sum();
        Path file = dir.resolve("spri-2026.xlsx");
        Workbooks.write(in, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            Sheet checks = wb.getSheet(ChecksSheet.NAME);
            XSSFFormulaEvaluator evaluator = new XSSFFormulaEvaluator(wb);
            int notice = -1;
            int listed = 0;
            int title = -1;
            DataFormatter text = new DataFormatter();
            for (Row r : checks) {
                String a = text.formatCellValue(r.getCell(0));
                String b = text.formatCellValue(r.getCell(1));
                notice = b.equals(ChecksSheet.NOT_PRINTED) ? r.getRowNum() : notice;
                title = a.equals(ChecksSheet.COMPUTED_TITLE) ? r.getRowNum() : title;
                if (title >= 0 && r.getRowNum() > title + 1) {
                    listed++;
                    Object expected = in.report().value(new CellKey(a, b, text.formatCellValue(r.getCell(2))));
                    var v = evaluator.evaluate(r.getCell(5));
                    if (expected instanceof Double d) {
                        assertEquals(d, v.getNumberValue(), 1e-9, "row " + (r.getRowNum() + 1));
                    }
                }
            }
            assertTrue(notice > 0, "the notice that nothing is printed yet");
            assertEquals(computed, listed, "every computed cell is listed");
            Row all = checks.getRow(4);
            assertEquals(0.0, evaluator.evaluate(all.getCell(2)).getNumberValue(), "no printed cell is counted");
        }
    }
}
