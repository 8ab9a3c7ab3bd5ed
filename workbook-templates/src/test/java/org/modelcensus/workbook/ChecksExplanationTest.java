package org.modelcensus.workbook;

import org.modelcensus.functions.run.Run;
import org.modelcensus.functions.run.Recipe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.check.Ledger;

/**
 * The explanation and cause columns of the Checks sheet with the seed ledger of the functions tests:
 * column I evaluates in POI to the Java status (equal from the status formula), the totals count
 * explained and unexplained cells as {@code census check} does, and column J carries the causes (kind,
 * strength, ledger line) with their verification notes.
 */
class ChecksExplanationTest {
    @TempDir
    Path dir;

    @Test
    void explanationColumnsAgreeWithTheJavaCheck() throws Exception {
        Path july = RealSnapshots.path(RealSnapshots.JULY_2024);
        Edition edition = Edition.of("spri-2024");
        Path ledger = Fixtures.repoFile("functions/src/test/resources/ledger-seed/spri-2024.csv");
        var in = TemplateWorkbook.Input.of(Run.of(EpochCsv.read(july), Recipe.of(edition).withLedger(ledger))
                .searching(List.of(july.getParent())), "test");
        assertEquals(39, in.check().totals().explained());
        Path file = dir.resolve("spri-2024.xlsx");
        Workbooks.write(in, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            var evaluator = new XSSFFormulaEvaluator(wb);
            Sheet checks = wb.getSheet(ChecksSheet.NAME);
            assertTrue(checks.getRow(2).getCell(0).getStringCellValue().contains("from the Java check when the workbook "
                    + "was generated"));
            List<String> wrong = new ArrayList<>();
            String f3Cause = null;
            for (Row r : checks) {
                Cell explanation = r.getCell(8);
                if (explanation != null && explanation.getCellType() == CellType.FORMULA) {
                    String poi = evaluator.evaluate(explanation).getStringValue();
                    if (!poi.equals(explanation.getStringCellValue())) {
                        wrong.add("row " + (r.getRowNum() + 1) + ": POI " + poi + ", Java " + explanation.getStringCellValue());
                    }
                }
                if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING
                        && r.getCell(0).getStringCellValue().equals("F3") && r.getCell(1) != null
                        && r.getCell(1).getCellType() == CellType.STRING
                        && r.getCell(1).getStringCellValue().equals("비중(%)")) {
                    f3Cause = r.getCell(9).getStringCellValue();
                }
                if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING
                        && r.getCell(0).getStringCellValue().equals("전체 (all)")) {
                    assertEquals(39.0, evaluator.evaluate(r.getCell(4)).getNumberValue(), "explained");
                    assertEquals(6.0, evaluator.evaluate(r.getCell(5)).getNumberValue(), "unexplained");
                }
            }
            assertEquals(List.of(), wrong);
            assertTrue(f3Cause.startsWith("report-arithmetic (strong) [") && f3Cause.contains("spri-2024.csv:"), f3Cause);
            assertTrue(f3Cause.endsWith("16/145*100 = 11.03448275862069, the printed 11.0"), f3Cause);
        }
    }
}
