package org.modelcensus.workbook;

import org.modelcensus.functions.run.Run;
import org.modelcensus.functions.run.Recipe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.modelcensus.functions.check.Check;
import org.modelcensus.functions.check.Expression;
import org.modelcensus.functions.check.PrintedFigure;
import org.modelcensus.functions.check.PublishedFigures;

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
        assertEquals(38, in.check().tablesTotals().explained());
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
                    assertEquals(38.0, evaluator.evaluate(r.getCell(4)).getNumberValue(), "explained");
                    assertEquals(7.0, evaluator.evaluate(r.getCell(5)).getNumberValue(), "unexplained");
                }
            }
            assertEquals(List.of(), wrong);
            assertTrue(f3Cause.startsWith("report-arithmetic (strong, report) [") && f3Cause.contains("spri-2024.csv:"), f3Cause);
            assertTrue(f3Cause.endsWith("printed(F3,멀티모달,계)/(printed(F2,모델 수,계)+1)*100 = 11.03448275862069, the printed 11.0"),
                    f3Cause);
        }
    }

    /**
     * The section of the numbers of the report text: one row per prose figure of the edition (its sentence,
     * printed figure and, where the backing is arithmetic of cells, a formula whose POI value is the Java
     * value), then the out-of-scope numbers with why, then the one world (scenario, broken cells).
     */
    @Test
    void proseSectionListsEveryNumberOfTheText() throws Exception {
        Path may = RealSnapshots.path(RealSnapshots.MAY_2025);
        Edition edition = Edition.of("spri-2025");
        var in = TemplateWorkbook.Input.of(Run.of(EpochCsv.read(may), Recipe.of(edition))
                .searching(List.of(may.getParent())), "test");
        List<PrintedFigure> prose = PublishedFigures.builtIn().prose(edition);
        List<PrintedFigure> outOfScope = PublishedFigures.builtIn().outOfScope(edition);
        assertTrue(prose.size() >= 50 && !outOfScope.isEmpty(), prose.size() + " prose, " + outOfScope.size() + " out of scope");
        Path file = dir.resolve("spri-2025.xlsx");
        Workbooks.write(in, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            var evaluator = new XSSFFormulaEvaluator(wb);
            Sheet checks = wb.getSheet(ChecksSheet.NAME);
            int title = -1;
            int outTitle = -1;
            int worldTitle = -1;
            for (Row r : checks) {
                String a = text(r.getCell(0));
                if (a.equals(ChecksSheet.PROSE_TITLE)) {
                    title = r.getRowNum();
                } else if (a.startsWith("범위 밖 본문 수치")) {
                    outTitle = r.getRowNum();
                } else if (a.equals(ChecksSheet.WORLD_TITLE)) {
                    worldTitle = r.getRowNum();
                }
            }
            assertTrue(title > 0 && outTitle > title && worldTitle > outTitle, title + " " + outTitle + " " + worldTitle);
            Map<String, PrintedFigure> byId = new HashMap<>();
            prose.forEach(f -> byId.put(f.key().row(), f));
            Map<String, Check.CellResult> results = new HashMap<>();
            in.check().cells(c -> c.printed().backing() != null).forEach(c -> results.put(c.printed().key().row(), c));
            int rows = 0;
            int formulas = 0;
            List<String> wrong = new ArrayList<>();
            for (int i = title + 3; i < outTitle - 1; i++) {
                Row r = checks.getRow(i);
                String id = text(r.getCell(0));
                PrintedFigure f = byId.get(id);
                if (f == null) {
                    wrong.add("row " + (i + 1) + ": no prose figure " + id);
                    continue;
                }
                rows++;
                if (!text(r.getCell(1)).equals(f.sentence())) {
                    wrong.add(id + ": sentence " + text(r.getCell(1)));
                }
                if (!f.matches(r.getCell(4).getNumericCellValue())) {
                    wrong.add(id + ": printed " + r.getCell(4));
                }
                Check.CellResult c = results.get(id);
                String status = text(r.getCell(7));
                if (!status.equals(switch (c.status()) {
                    case EQUAL -> ChecksSheet.EQUAL;
                    case EXPLAINED -> ChecksSheet.EXPLAINED;
                    case UNEXPLAINED -> ChecksSheet.UNEXPLAINED;
                })) {
                    wrong.add(id + ": status " + status + ", Java " + c.status());
                }
                assertTrue(text(r.getCell(9)).startsWith("= " + f.backing().text()), text(r.getCell(9)));
                if (c.worldValue() instanceof Double w && r.getCell(6).getNumericCellValue() != w) {
                    wrong.add(id + ": world value " + r.getCell(6) + ", Java " + w);
                }
                Cell computed = r.getCell(5);
                if (computed != null && computed.getCellType() == CellType.FORMULA) {
                    formulas++;
                    double poi = evaluator.evaluate(computed).getNumberValue();
                    if (Math.abs(poi - (Double) c.computed()) > 1e-9 * Math.max(1, Math.abs(poi))) {
                        wrong.add(id + ": formula " + computed.getCellFormula() + " = " + poi + ", Java " + c.computed());
                    }
                }
            }
            assertEquals(List.of(), wrong);
            assertEquals(prose.size(), rows, "one row per prose number");
            // Every backing of spri-2025 is arithmetic of computed cells: each is a formula over the table sheets.
            assertEquals(in.check().cells(c -> c.printed().backing() != null && c.computed() != null).size(), formulas,
                    "numbers computed by a formula");
            int outRows = 0;
            for (int i = outTitle + 2; i < worldTitle - 1; i++) {
                Row r = checks.getRow(i);
                if (r != null && !text(r.getCell(0)).isEmpty()) {
                    outRows++;
                    assertTrue(!text(r.getCell(9)).isBlank(), "why of " + text(r.getCell(0)));
                }
            }
            assertEquals(outOfScope.size(), outRows, "one row per out-of-scope number");
            String scenario = text(checks.getRow(worldTitle + 1).getCell(1));
            for (String s : in.check().world().scenario()) {
                assertTrue(scenario.contains(s), scenario);
            }
            assertTrue(text(checks.getRow(worldTitle + 2).getCell(1)).startsWith(in.check().world().broken().isEmpty()
                    ? "없음" : in.check().world().broken().size() + "개"));
        }
    }

    /** A backing that reads a printed figure or compares has no formula over the table sheets: the Java value stands. */
    @Test
    void backingsThatAreNotArithmeticOfComputedCellsKeepTheJavaValue() {
        assertEquals(null, ChecksSheet.excelFormula(Expression.parse("printed(F1,모델 수,계)/2"), null));
        assertEquals(null, ChecksSheet.excelFormula(Expression.parse("1+(computed(T1,미국,계)>computed(T1,중국,계))"), null));
    }

    private static String text(Cell c) {
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }
}
