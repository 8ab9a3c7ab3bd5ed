package org.modelcensus.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.Provenance;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.query.Count;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.ReportTable;

/** The workbook's shape and safety, on the sample and on a synthetic snapshot full of hostile text. */
class WorkbookStructureTest {
    /** Functions the formulas may use: evaluated alike by Excel 2010+, LibreOffice and POI, none volatile. */
    private static final Set<String> ALLOWED = Set.of("COUNTIFS", "COUNTIF", "COUNTA", "INDEX", "MATCH", "IF", "RANK",
            "ISNUMBER", "ISERROR", "ROUND", "VALUE", "EXACT", "TRIM", "TEXT");
    private static final Pattern FUNCTION = Pattern.compile("([A-Z][A-Z0-9._]*)\\(");

    @TempDir
    Path dir;

    static List<Workbooks.Case> cases() {
        return List.of(new Workbooks.Case("sample", Edition.of("spri-2024")), new Workbooks.Case("synthetic", Edition.of("spri-2025")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sheetsTablesFormulasAndTextAreAsSpecified(Workbooks.Case c) throws Exception {
        TemplateWorkbook.Input in = c.input();
        Report report = in.report();
        Path file = dir.resolve(c.fileName());
        Workbooks.write(in, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            List<String> expected = new ArrayList<>(List.of("About", "Data", "Data-Countries", "Data-Domains", "Data-Tasks",
                    "Data-OrgTypes", "Data-Developers", "Mappings", "Corrections"));
            report.tables().forEach(t -> expected.add(t.id()));
            expected.addAll(List.of("Checks", "Index"));
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertEquals(expected, sheets);
            assertTrue(wb.getForceFormulaRecalculation(), "recalculation on open is forced");

            assertDataTables(wb, report);
            for (String plain : List.of("About", "Data", "Data-Tasks", "Mappings", "Corrections", "Index")) {
                assertEquals(0, formulas(wb.getSheet(plain)).size(), plain + " holds no formula");
            }
            assertTextIsNeverAFormula(wb);
            Row indexHeader = wb.getSheet("Index").getRow(0);
            List<String> header = new ArrayList<>();
            indexHeader.forEach(cell -> header.add(cell.getStringCellValue()));
            assertEquals(TemplateWorkbook.INDEX_HEADER, header);

            Set<String> used = new java.util.TreeSet<>();
            for (Sheet s : wb) {
                for (Cell f : formulas(s)) {
                    Matcher m = FUNCTION.matcher(f.getCellFormula());
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
            assertTrue(ALLOWED.containsAll(used), "functions used: " + used);

            Layout layout = new Layout(report);
            for (ReportTable t : report.tables()) {
                for (var e : t.cells().entrySet()) {
                    Cell cell = Workbooks.cell(wb, layout.address(e.getKey()));
                    assertEquals(CellType.FORMULA, cell.getCellType(), e.getKey() + " is a formula");
                    if (e.getValue() instanceof Count) {
                        assertTrue(cell.getCellFormula().startsWith("COUNTIFS("), e.getKey() + ": " + cell.getCellFormula());
                    }
                }
                XSSFSheet sheet = wb.getSheet(t.id());
                int charts = sheet.getDrawingPatriarch() == null ? 0 : sheet.getDrawingPatriarch().getCharts().size();
                // A figure with no rows in this data (the sample has no task data) has nothing to draw.
                assertEquals(t.chart() == ReportTable.Chart.NONE || t.rows().isEmpty() ? 0 : 1, charts, t.id() + " charts");
            }

            Sheet about = wb.getSheet("About");
            String aboutText = text(about);
            assertTrue(aboutText.contains(in.report().data().provenance().sha256()), "About names the sha256");
            assertTrue(aboutText.contains(Provenance.EPOCH_CITATION), "About cites Epoch AI");
            for (Row r : about) {
                String label = new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(r.getCell(0));
                String value = new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(r.getCell(1));
                boolean prose = value.matches(".*[a-z]{3,} [a-z]{3,} [a-z]{3,}.*") && !label.equals("인용 (citation, licence)")
                        && !label.startsWith("데이터 출처") && !label.startsWith("읽지 않는 열");
                assertTrue(label.isEmpty() || label.matches("\\d+|SHA-256") || label.matches(".*[가-힣].*"), "Korean label: " + label);
                assertTrue(!prose || value.matches(".*[가-힣].*"), "About's text is Korean first, English beside: " + value);
            }
        }
    }

    /** Each data table is the one Excel Table of its sheet, of the same name, its column names the header cells. */
    private static void assertDataTables(XSSFWorkbook wb, Report report) {
        for (String name : report.data().tables().keySet()) {
            XSSFSheet data = wb.getSheet(DataSheet.sheetName(name));
            assertEquals(1, data.getTables().size(), name);
            XSSFTable t = data.getTables().get(0);
            assertEquals(name, t.getName());
            Row header = data.getRow(0);
            var source = report.data().table(t.getName());
            assertEquals(Math.max(1, source.size()), t.getEndRowIndex() - t.getStartRowIndex(), t.getName() + " rows");
            List<String> columns = new ArrayList<>();
            for (int c = t.getStartColIndex(); c <= t.getEndColIndex(); c++) {
                columns.add(header.getCell(c).getStringCellValue());
            }
            assertEquals(source.columns(), columns, t.getName() + " header cells");
            assertEquals(source.columns(), t.getColumns().stream().map(x -> x.getName()).toList(), t.getName() + " columns");
        }
    }

    /** Every text cell that Excel would read as a formula if typed (= + - @, control characters) is quote-prefixed. */
    private static void assertTextIsNeverAFormula(XSSFWorkbook wb) {
        int hostile = 0;
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING && Cells.needsQuote(c.getStringCellValue())) {
                        hostile++;
                        assertTrue(c.getCellStyle().getQuotePrefixed(), s.getSheetName() + "!" + c.getAddress()
                                + " is quote-prefixed: " + c.getStringCellValue());
                    }
                }
            }
        }
        if (wb.getSheet("Data").getRow(1) != null && wb.getSheet("About").getRow(3).getCell(1).getStringCellValue()
                .startsWith("synthetic")) {
            assertTrue(hostile > 100, "the synthetic snapshot's hostile names reach the workbook: " + hostile);
        }
    }

    private static List<Cell> formulas(Sheet s) {
        List<Cell> out = new ArrayList<>();
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.FORMULA) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static String text(Sheet s) {
        StringBuilder b = new StringBuilder();
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING) {
                    b.append(c.getStringCellValue()).append('\n');
                }
            }
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theHostileNamesOfTheSyntheticSnapshotStayText(Workbooks.Case c) throws Exception {
        TemplateWorkbook.Input in = c.input();
        Path file = dir.resolve(c.fileName());
        Workbooks.write(in, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            var models = in.report().data().table("Models");
            Sheet data = wb.getSheet("Data");
            int name = models.column("Name");
            for (int r = 0; r < models.size(); r++) {
                Cell cell = data.getRow(r + 1).getCell(name);
                assertEquals(CellType.STRING, cell.getCellType());
                assertEquals(models.rows().get(r)[name], cell.getStringCellValue(), "row " + (r + 2));
            }
            assertFalse(models.size() == 0);
        }
    }

    @Test
    void theAboutSheetNamesTheOptionalFieldsTheSnapshotLacksAndTheColumnsNoFieldReads() throws Exception {
        Path file = dir.resolve("feb-2026.xlsx");
        Workbooks.write(new Workbooks.Case(RealSnapshots.FEB_2026, Edition.of("spri-2025")).input(), file);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            Sheet about = wb.getSheet("About");
            assertTrue(aboutValue(about, "스키마 (CSV schema)").startsWith("2026 "));
            assertTrue(aboutValue(about, "없는 선택 필드 (optional fields missing)")
                    .startsWith("Organization categorization (from Organization) — "));
            assertTrue(aboutValue(about, "읽지 않는 열 (columns not read)").endsWith("Hardware utilization (HFU), "
                    + "Training compute cost (cloud), Training compute cost (upfront)"));
        }
    }

    private static String aboutValue(Sheet about, String label) {
        for (Row r : about) {
            if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals(label)) {
                return r.getCell(1).getStringCellValue();
            }
        }
        throw new AssertionError("the About sheet has no row " + label);
    }
}
