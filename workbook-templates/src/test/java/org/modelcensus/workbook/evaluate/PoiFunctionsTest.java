package org.modelcensus.workbook.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.formula.udf.UDFFinder;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.query.ExcelError;
import org.modelcensus.functions.spreadsheet.FunctionCatalog;
import org.modelcensus.functions.spreadsheet.FunctionResult;
import org.modelcensus.functions.spreadsheet.SpreadsheetFunction;

class PoiFunctionsTest {
    private static final FunctionCatalog CATALOG = FunctionCatalog.of(
            NormalizedDataset.of(SampleData.snapshot(), Edition.of("spri-2025")));
    private final UDFFinder udfs = PoiFunctions.finder("CENSUS", CATALOG.functions(), SpreadsheetFunction::call);

    @Test
    void evaluatesCensusFormulasLikeADirectCall() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.addToolPack(udfs);
            XSSFSheet sheet = book.createSheet("S");
            Row inputs = sheet.createRow(0);
            inputs.createCell(0).setCellValue(2024);
            inputs.createCell(1).setCellValue("KR");
            // column B of row 0 holds "KR"; C0 stays blank
            String[][] cases = {
                {"CENSUS.COUNT(2024,2024,\"KR\")", null},
                {"CENSUS.COUNT(A1,A1,B1)", null},
                {"CENSUS.COUNT(2020,2024)", null},
                {"CENSUS.COUNT(2020,2024,C1,\"Language\")", null},
                {"CENSUS.COUNT(2020,2024,,\"Language\")", null},
                {"CENSUS.CAGR(2,122,4)", null},
                {"CENSUS.CAGR(0,122,4)", null},
                {"CENSUS.CAGR(\"x\",122,4)", null},
                {"CENSUS.CAGR(1/0,122,4)", null},
                {"CENSUS.CAGR(A1:B1,122,4)", null},
                {"CENSUS.COUNTRY_RANK(\"KR\",2020,2024)", null},
                {"CENSUS.MULTIMODAL_SHARE(2024,2024)", null},
                {"census.count(2024,2024,\"KR\")", null},
            };
            List<List<Object>> direct = List.of(
                    List.of(2024.0, 2024.0, "KR"), List.of(2024.0, 2024.0, "KR"), List.of(2020.0, 2024.0),
                    Arrays.asList(2020.0, 2024.0, null, "Language"), Arrays.asList(2020.0, 2024.0, null, "Language"),
                    List.of(2.0, 122.0, 4.0), List.of(0.0, 122.0, 4.0), List.of("x", 122.0, 4.0),
                    List.of(ExcelError.DIV0, 122.0, 4.0), List.of(List.of(List.of(2024.0, "KR")), 122.0, 4.0),
                    List.of("KR", 2020.0, 2024.0), List.of(2024.0, 2024.0), List.of(2024.0, 2024.0, "KR"));
            String[] names = {"COUNT", "COUNT", "COUNT", "COUNT", "COUNT", "CAGR", "CAGR", "CAGR", "CAGR", "CAGR",
                "COUNTRY_RANK", "MULTIMODAL_SHARE", "COUNT"};
            for (int i = 0; i < cases.length; i++) {
                sheet.createRow(i + 2).createCell(0).setCellFormula(cases[i][0]);
            }
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            for (int i = 0; i < cases.length; i++) {
                CellValue actual = evaluator.evaluate(sheet.getRow(i + 2).getCell(0));
                FunctionResult expected = CATALOG.find(names[i]).orElseThrow().call(direct.get(i));
                assertSame(expected, actual, cases[i][0]);
            }
        }
    }

    @Test
    void spillsAMatrixIntoAnArrayFormula() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.addToolPack(udfs);
            XSSFSheet sheet = book.createSheet("S");
            List<?> rows = (List<?>) CATALOG.find("TOP_DEVELOPERS").orElseThrow().call(List.of(2024.0, 3.0)).value();
            sheet.setArrayFormula("CENSUS.TOP_DEVELOPERS(2024,3)", new CellRangeAddress(1, rows.size(), 1, 3));
            sheet.createRow(10).createCell(0).setCellFormula("CENSUS.TOP_DEVELOPERS(2024,3)");
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            for (int r = 0; r < rows.size(); r++) {
                List<?> row = (List<?>) rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    CellValue v = evaluator.evaluate(sheet.getRow(1 + r).getCell(1 + c));
                    Object expected = row.get(c);
                    assertEquals(expected, expected instanceof Double ? (Object) v.getNumberValue() : v.getStringValue(),
                            "row " + r + " column " + c);
                }
            }
            List<?> first = (List<?>) rows.get(0);
            assertEquals(first.get(0), evaluator.evaluate(sheet.getRow(10).getCell(0)).getStringValue());
        }
    }

    @Test
    void evaluatesTheNamesExcelStoresInAFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.addToolPack(udfs);
            book.createSheet("S").createRow(0).createCell(0).setCellFormula("_xldudf_CENSUS_CAGR(2,122,4)");
            book.write(bytes);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            book.addToolPack(udfs);
            Cell cell = book.getSheet("S").getRow(0).getCell(0);
            CellValue v = book.getCreationHelper().createFormulaEvaluator().evaluate(cell);
            assertEquals((Math.pow(61, 0.25) - 1) * 100, v.getNumberValue(), 1e-12);
        }
    }

    private static void assertSame(FunctionResult expected, CellValue actual, String formula) {
        Object value = expected.value();
        if (value instanceof ExcelError e) {
            assertEquals(CellType.ERROR, actual.getCellType(), formula);
            assertEquals(e.text(), FormulaError.forInt(actual.getErrorValue()).getString(), formula);
        } else {
            assertEquals(CellType.NUMERIC, actual.getCellType(), formula + " " + actual);
            assertEquals((Double) value, actual.getNumberValue(), 1e-12, formula);
        }
        assertTrue(formula.length() > 0);
    }
}
