package org.modelcensus.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.report.Report;

/** The table sheets of spri-2025 on the May 2025 snapshot, laid out as the report prints them. */
class ReportLayoutTest {
    @TempDir
    static Path dir;
    static Report report;
    static Layout layout;
    static XSSFWorkbook wb;

    @BeforeAll
    static void write() throws Exception {
        TemplateWorkbook.Input in = new Workbooks.Case(RealSnapshots.MAY_2025, Edition.of("spri-2025")).input();
        report = in.report();
        layout = new Layout(report);
        Path file = dir.resolve("spri-2025.xlsx");
        Workbooks.write(in, file);
        wb = new XSSFWorkbook(file.toFile());
    }

    private static Cell at(String table, String row, String column) {
        return Workbooks.cell(wb, layout.address(new CellKey(table, row, column)));
    }

    /** The cached number as its number format shows it. */
    private static String shown(Cell c) {
        return org.apache.poi.ss.format.CellFormat.getInstance(c.getCellStyle().getDataFormatString())
                .apply(c.getNumericCellValue()).text;
    }

    @Test
    void t1ShowsDuplicatesInParenthesesBesideEachCountAndLeavesZerosBlankWhileAllStayNumbers() {
        DataFormatter shown = new DataFormatter();
        Cell count = at("T1", "중국", "2023");
        Cell duplicates = at("T1", "중국", "2023_중복");
        assertEquals(count.getColumnIndex() + 1, duplicates.getColumnIndex(), "중복 sits right of its count");
        assertEquals(CellType.FORMULA, duplicates.getCellType());
        assertEquals(CellType.NUMERIC, duplicates.getCachedFormulaResultType());
        assertEquals(2.0, duplicates.getNumericCellValue());
        assertEquals("(중복 2)", shown(duplicates));
        Cell zero = at("T1", "중국", "2020");
        assertEquals(CellType.NUMERIC, zero.getCachedFormulaResultType());
        assertEquals(0.0, zero.getNumericCellValue());
        assertEquals("#,##0;-#,##0;;@", zero.getCellStyle().getDataFormatString());
        // The third section (zero) is empty: Excel and LibreOffice show nothing (POI's formatter falls back to General).
        assertEquals("", zero.getCellStyle().getDataFormatString().split(";", -1)[2], "0 is shown blank, as printed");
        assertEquals("", at("T1", "한국", "계_중복").getCellStyle().getDataFormatString().split(";", -1)[2]);
        assertEquals("14", shown(at("T1", "한국", "계")));
        XSSFSheet t1 = wb.getSheet("T1");
        int header = t1.getMergedRegions().get(0).getFirstRow();
        assertEquals("2020", shown.formatCellValue(t1.getRow(header).getCell(count.getColumnIndex() - 6)));
        assertEquals(6, t1.getMergedRegions().size(), "five years and 계 span their count and its 중복");
    }

    @Test
    void t4AndT5HaveTheReportsRows() {
        assertEquals(16, report.table("T4").rows().size());
        assertEquals(List.of("언어 모델링/생성(Language Modeling/Generation)", "질의응답(Question Answering)",
                "코드 생성/자동완성(Code Generation/Autocompletion)", "정량적 추론(Quantitative Reasoning)", "번역(Translation)",
                "이미지 해석(Image Captioning)", "시각 질의응답(Visual Question Answering)", "비디오 생성(Video Generation)"),
                report.table("T5").rows());
        assertEquals(216.0, at("T4", "언어 모델링/생성(Language Modeling/Generation)", "계").getNumericCellValue());
        assertEquals(49.0, at("T5.text", "채팅(Chat)", "2024").getNumericCellValue());
    }

    @Test
    void t9IsTurnedAsPrintedWithTheDevelopingOrganisation() {
        XSSFSheet t9 = wb.getSheet("T9");
        Cell first = at("T9", "GPT-4o", "순위");
        Row header = t9.getRow(first.getRowIndex() - 1);
        List<String> models = new ArrayList<>();
        for (int c = 1; c <= 5; c++) {
            models.add(header.getCell(c).getStringCellValue());
        }
        assertEquals(List.of("GPT-4o", "Llama 3.1-405B", "GLM-4-Plus", "Grok-2", "Claude 3.5 Sonnet"), models);
        assertEquals("모델명", header.getCell(0).getStringCellValue());
        List<String> down = new ArrayList<>();
        for (int r = first.getRowIndex(); r < first.getRowIndex() + 7; r++) {
            down.add(t9.getRow(r).getCell(0).getStringCellValue());
        }
        assertEquals(List.of("순위", "분야", "과업", "학습 연산량(FLOP)", "국가", "개발조직", "출시일"), down);
        Cell org = at("T9", "Grok-2", "개발조직");
        assertEquals(CellType.FORMULA, org.getCellType());
        assertEquals("xAI", org.getStringCellValue());
        assertEquals(first.getColumnIndex() + 3, org.getColumnIndex(), "a model is a column");
        assertTrue(at("T9", "GPT-4o", "과업").getCellStyle().getWrapText());
    }

    @Test
    void smallTableSheetsPrintOnOneA4PageWide() {
        for (String sheet : List.of("T1", "T4", "T5", "T9", "F1")) {
            var setup = wb.getSheet(sheet).getPrintSetup();
            assertEquals(1, setup.getFitWidth(), sheet);
            assertEquals(1, setup.getFitHeight(), sheet);
        }
    }
}
