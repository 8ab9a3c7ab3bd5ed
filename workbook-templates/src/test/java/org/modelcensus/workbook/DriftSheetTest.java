package org.modelcensus.workbook;

import org.modelcensus.functions.run.Run;
import org.modelcensus.functions.run.Recipe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.drift.Drift;
import org.modelcensus.functions.edition.Edition;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/** The {@code Drift} sheet of a workbook made with {@code --compare}: 2024-07-16 → 2025-05-20, spri-2024. */
class DriftSheetTest {
    @TempDir
    Path dir;

    @Test
    void listsTheDriftRowsWithNumbersUnderAFrozenHeader() throws Exception {
        Edition e = Edition.of("spri-2024");
        Run before = Run.of(EpochCsv.read(RealSnapshots.path(RealSnapshots.JULY_2024)), Recipe.of(e));
        var in = TemplateWorkbook.Input.of(before.on(EpochCsv.read(RealSnapshots.path(RealSnapshots.MAY_2025))), "census test");
        Drift drift = Drift.of(before.report(), in.report());
        Path file = dir.resolve("drift.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            TemplateWorkbook.write(new TemplateWorkbook.Input(in.report(), in.check(), List.of(), in.tool(), Instant.EPOCH),
                    drift, out);
        }
        int sheetNumber;
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            sheetNumber = wb.getNumberOfSheets();
            Sheet sheet = wb.getSheetAt(sheetNumber - 1);
            assertEquals(TemplateWorkbook.DRIFT, sheet.getSheetName());
            Row header = sheet.getRow(DriftSheet.HEADER_ROW);
            List<String> labels = new ArrayList<>();
            header.forEach(c -> labels.add(c.getStringCellValue()));
            assertEquals(Drift.HEADER, labels);
            String explanation = sheet.getRow(3).getCell(0).getStringCellValue();
            assertTrue(explanation.startsWith("direction: 1 = 모델이 셀에 들어옴") && explanation.contains("added 데이터베이스에 추가됨")
                    && explanation.contains("the model entered the cell"), "Korean first, English beside: " + explanation);
            assertEquals(DriftSheet.HEADER_ROW + 1, sheet.getPaneInformation().getHorizontalSplitTopRow());
            assertEquals(90 * 256, sheet.getColumnWidth(7));
            assertEquals(DriftSheet.HEADER_ROW + drift.rows().size(), sheet.getLastRowNum());
            Map<String, Double> sums = new HashMap<>();
            Map<String, Double> changes = new HashMap<>();
            for (int r = DriftSheet.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                Row x = sheet.getRow(r);
                Cell direction = x.getCell(6);
                String cell = x.getCell(0).getStringCellValue() + "|" + text(x.getCell(1)) + "|" + text(x.getCell(2));
                if (direction == null) {
                    assertTrue(List.of("share", "cagr", "rank", "flag", "list", "difference", "other")
                            .contains(x.getCell(7).getStringCellValue()), cell);
                    continue;
                }
                assertEquals(CellType.NUMERIC, direction.getCellType());
                assertEquals(CellType.NUMERIC, x.getCell(3).getCellType(), cell);
                assertEquals(CellType.NUMERIC, x.getCell(4).getCellType(), cell);
                sums.merge(cell, direction.getNumericCellValue(), Double::sum);
                changes.put(cell, x.getCell(4).getNumericCellValue() - x.getCell(3).getNumericCellValue());
            }
            assertEquals(89, sums.size());
            assertEquals(changes, sums);
            assertEquals(41.0, find(sheet, "T1", "미국", "2023").getCell(3).getNumericCellValue());
            assertEquals(39.0, find(sheet, "T1", "미국", "2023").getCell(4).getNumericCellValue());
            assertEquals("GPT-4V", find(sheet, "T1", "미국", "2023").getCell(5).getStringCellValue());
            assertNull(find(sheet, "T1", "독일", "순위").getCell(6));
        }
        // The sheet's XML is valid SpreadsheetML (as OoxmlSchemaTest checks the other sheets).
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream xml = zip.getInputStream(
                zip.getEntry("xl/worksheets/sheet" + sheetNumber + ".xml"))) {
            List<XmlError> errors = new ArrayList<>();
            WorksheetDocument.Factory.parse(xml).validate(new XmlOptions().setErrorListener(errors));
            assertEquals(List.of(), errors.stream().map(XmlError::getMessage)
                    .filter(m -> !m.contains("space@http://www.w3.org/XML/1998/namespace")).toList());
        }
    }

    @Test
    void aWorkbookWithoutComparisonHasNoDriftSheet() throws Exception {
        var in = new Workbooks.Case("sample", Edition.of("spri-2024")).input();
        Path file = dir.resolve("plain.xlsx");
        Workbooks.write(in, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertNull(wb.getSheet(TemplateWorkbook.DRIFT));
            assertEquals(TemplateWorkbook.INDEX, wb.getSheetAt(wb.getNumberOfSheets() - 1).getSheetName());
        }
    }

    private static Row find(Sheet sheet, String table, String row, String column) {
        for (Row x : sheet) {
            if (x.getRowNum() > DriftSheet.HEADER_ROW && text(x.getCell(0)).equals(table) && text(x.getCell(1)).equals(row)
                    && text(x.getCell(2)).equals(column)) {
                return x;
            }
        }
        throw new AssertionError("no drift row " + table + " " + row + " " + column);
    }

    private static String text(Cell c) {
        if (c == null) {
            return "";
        }
        return c.getCellType() == CellType.NUMERIC ? Long.toString((long) c.getNumericCellValue()) : c.getStringCellValue();
    }
}
