package org.modelcensus.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.edition.Edition;

/**
 * The Checks totals do not depend on the locale: LibreOffice in German (decimal comma), where
 * {@code VALUE("86.2")} is an error, recalculates the same matched and printed counts as
 * {@code ./census check}. A probe workbook proves the locale took effect.
 */
class LibreOfficeLocaleIT {
    private static final String LOCALE = "de-DE";

    @TempDir
    Path dir;

    @Test
    void checksTotalsAreTheSameInAGermanLibreOffice() throws Exception {
        LibreOffice.soffice();
        List<Workbooks.Case> cases = new ArrayList<>();
        for (Edition e : Edition.builtIns()) {
            cases.add(new Workbooks.Case(RealSnapshots.MAY_2025, e));
        }
        List<Path> files = new ArrayList<>(List.of(probe(dir.resolve("probe.xlsx"))));
        List<TemplateWorkbook.Input> inputs = new ArrayList<>();
        for (Workbooks.Case c : cases) {
            TemplateWorkbook.Input in = c.input();
            inputs.add(in);
            files.add(dir.resolve(c.fileName()));
            Workbooks.write(in, files.get(files.size() - 1));
        }
        var converted = LibreOffice.convert(files, Files.createDirectories(dir.resolve("de")), "xlsx", LOCALE);
        try (XSSFWorkbook probe = new XSSFWorkbook(converted.files().get(0).toFile())) {
            Object read = Workbooks.cached(probe.getSheetAt(0).getRow(0).getCell(0));
            assertNotEquals(1.5, read, "VALUE(\"1.5\") is 1.5 only in a decimal-point locale: " + LOCALE + " did not apply");
        }
        for (int i = 0; i < cases.size(); i++) {
            try (XSSFWorkbook wb = new XSSFWorkbook(converted.files().get(i + 1).toFile())) {
                double[] totals = totals(wb);
                System.out.printf("%s in %s: Checks %.0f / %.0f%n", cases.get(i), LOCALE, totals[0], totals[1]);
                assertEquals(inputs.get(i).check().equal(), totals[0], cases.get(i) + " matched in " + LOCALE);
                assertEquals(inputs.get(i).check().printed(), totals[1], cases.get(i) + " printed in " + LOCALE);
            }
        }
    }

    /** A workbook whose one formula reads a decimal point: its value shows which locale recalculated it. */
    private static Path probe(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Cell c = wb.createSheet("probe").createRow(0).createCell(0);
            c.setCellFormula("VALUE(\"1.5\")");
            c.setCellValue(1.5);
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
        }
        return file;
    }

    private static double[] totals(XSSFWorkbook wb) {
        for (Row r : wb.getSheet(ChecksSheet.NAME)) {
            Cell first = r.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals("전체 (all)")) {
                return new double[] {(Double) Workbooks.cached(r.getCell(1)), (Double) Workbooks.cached(r.getCell(2))};
            }
        }
        throw new AssertionError("no totals row in Checks");
    }
}
