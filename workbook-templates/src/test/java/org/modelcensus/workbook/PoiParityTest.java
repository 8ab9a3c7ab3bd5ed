package org.modelcensus.workbook;

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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelcensus.functions.report.Report;

/**
 * Apache POI evaluates every formula of the written workbook afresh, and every {@code Index} cell
 * must equal the Java engine's value; the file holds exactly the formulas the generator emitted,
 * every report cell is one, and the Checks totals are {@code ./census check}'s.
 */
class PoiParityTest {
    @TempDir
    Path dir;

    static List<Workbooks.Case> cases() {
        return Workbooks.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyIndexedCellEvaluatesInPoiToTheEngineValue(Workbooks.Case c) throws Exception {
        TemplateWorkbook.Input in = c.input();
        Report report = in.report();
        Path file = dir.resolve(c.fileName());
        TemplateWorkbook.Summary summary = Workbooks.write(in, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            var evaluator = new XSSFFormulaEvaluator(wb);
            List<Workbooks.Indexed> index = Workbooks.index(wb);
            assertEquals(report.evaluate().size(), index.size(), "one Index row per computed cell");
            assertEquals(summary.indexedCells(), index.size());
            List<String> differences = new ArrayList<>();
            for (Workbooks.Indexed i : index) {
                Cell cell = Workbooks.cell(wb, i.address());
                assertEquals(CellType.FORMULA, cell.getCellType(), i.address() + " is a formula");
                Object engine = report.value(i.key());
                Object poi = Workbooks.value(evaluator.evaluate(cell));
                if (!Workbooks.same(engine, poi)) {
                    differences.add(i.address() + " " + cell.getCellFormula() + ": engine " + Workbooks.describe(engine)
                            + ", POI " + Workbooks.describe(poi));
                }
                assertTrue(Workbooks.same(engine, Workbooks.cached(cell)), i.address() + " caches the engine value");
            }
            assertEquals(List.of(), differences, differences.size() + " of " + index.size() + " cells differ");
            assertEquals(summary.formulaCells(), formulaCells(wb), "formula cells in the file = formulas emitted");
            assertChecksTotals(wb, evaluator, in);
        }
    }

    private static int formulaCells(XSSFWorkbook wb) {
        int n = 0;
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    n += c.getCellType() == CellType.FORMULA ? 1 : 0;
                }
            }
        }
        return n;
    }

    /**
     * Every status and explanation formula of Checks, evaluated by POI, says what the Java check says,
     * and the "all" row of the totals is the check's equal, printed, explained and unexplained count.
     */
    private static void assertChecksTotals(XSSFWorkbook wb, XSSFFormulaEvaluator evaluator, TemplateWorkbook.Input in) {
        Sheet checks = wb.getSheet(ChecksSheet.NAME);
        List<String> wrong = new ArrayList<>();
        for (Row r : checks) {
            for (int column : new int[] {7, 8}) {
                Cell status = r.getCell(column);
                if (status != null && status.getCellType() == CellType.FORMULA) {
                    String poi = evaluator.evaluate(status).getStringValue();
                    if (!poi.equals(status.getStringCellValue())) {
                        wrong.add("row " + (r.getRowNum() + 1) + " column " + column + ": POI " + poi + ", engine "
                                + status.getStringCellValue());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "Checks statuses");
        for (Row r : checks) {
            Cell first = r.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals("전체 (all)")) {
                assertEquals(in.check().equal(), evaluator.evaluate(r.getCell(1)).getNumberValue(), "matched cells");
                assertEquals(in.check().printed(), evaluator.evaluate(r.getCell(2)).getNumberValue(), "printed cells");
                assertEquals(in.check().tablesTotals().explained(), evaluator.evaluate(r.getCell(4)).getNumberValue(), "explained");
                assertEquals(in.check().tablesTotals().unexplained(), evaluator.evaluate(r.getCell(5)).getNumberValue(), "unexplained");
                return;
            }
        }
        throw new AssertionError("no totals row in Checks");
    }
}
