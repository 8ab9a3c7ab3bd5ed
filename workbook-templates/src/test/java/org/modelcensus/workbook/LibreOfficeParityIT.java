package org.modelcensus.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.report.Report;

/**
 * LibreOffice, a formula engine independent of this project and of POI, recalculates every workbook
 * (both editions on the sample, a synthetic snapshot with hostile text and both real snapshots), and
 * every {@code Index} cell must equal the Java engine's value. The cached values are overwritten
 * with a poison value first, so a cell LibreOffice did not recalculate cannot pass.
 */
class LibreOfficeParityIT {
    private static final double POISON = -7777;

    @TempDir
    Path dir;

    @Test
    void everyIndexedCellRecalculatedByLibreOfficeEqualsTheEngineValue() throws Exception {
        LibreOffice.soffice();
        Map<Path, Workbooks.Case> poisoned = new LinkedHashMap<>();
        Map<Path, TemplateWorkbook.Input> inputs = new LinkedHashMap<>();
        for (Workbooks.Case c : Workbooks.all()) {
            TemplateWorkbook.Input in = c.input();
            Path file = dir.resolve(c.fileName());
            Workbooks.write(in, file);
            Path bad = Files.createDirectories(dir.resolve("poisoned")).resolve(c.fileName());
            poison(file, bad);
            poisoned.put(bad, c);
            inputs.put(bad, in);
        }
        LibreOffice.Converted converted = LibreOffice.convert(List.copyOf(poisoned.keySet()), dir.resolve("recalculated"), "xlsx");
        System.out.printf("LibreOffice recalculated %d workbooks in %d ms%n", converted.files().size(), converted.millis());
        List<String> differences = new ArrayList<>();
        int compared = 0;
        int i = 0;
        for (Path bad : poisoned.keySet()) {
            TemplateWorkbook.Input in = inputs.get(bad);
            Report report = in.report();
            try (XSSFWorkbook wb = new XSSFWorkbook(converted.files().get(i++).toFile())) {
                double[] totals = checksTotals(wb);
                if (totals[0] != in.check().equal() || totals[1] != in.check().printed()) {
                    differences.add(poisoned.get(bad) + " Checks: LibreOffice " + totals[0] + " / " + totals[1]
                            + " printed cells equal, ./census check " + in.check().equal() + " / " + in.check().printed());
                }
                if (totals[2] != in.check().tablesTotals().explained() || totals[3] != in.check().tablesTotals().unexplained()) {
                    differences.add(poisoned.get(bad) + " Checks: LibreOffice " + totals[2] + " explained, " + totals[3]
                            + " unexplained, ./census check " + in.check().tablesTotals().explained() + ", "
                            + in.check().tablesTotals().unexplained());
                }
                for (Workbooks.Indexed x : Workbooks.index(wb)) {
                    Object engine = report.value(x.key());
                    Object office = Workbooks.cached(Workbooks.cell(wb, x.address()));
                    compared++;
                    if (!Workbooks.same(engine, office)) {
                        differences.add(poisoned.get(bad) + " " + x.address() + ": engine " + Workbooks.describe(engine)
                                + ", LibreOffice " + Workbooks.describe(office));
                    }
                }
            }
        }
        System.out.printf("LibreOffice parity: %d cells compared, %d differ%n", compared, differences.size());
        assertEquals(List.of(), differences.subList(0, Math.min(40, differences.size())),
                differences.size() + " of " + compared + " cells differ");
    }

    /** The matched, printed, explained and unexplained counts of the "all" row of the Checks totals, as cached by LibreOffice. */
    private static double[] checksTotals(XSSFWorkbook wb) {
        for (Row r : wb.getSheet(ChecksSheet.NAME)) {
            Cell first = r.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals("전체 (all)")) {
                return new double[] {(Double) Workbooks.cached(r.getCell(1)), (Double) Workbooks.cached(r.getCell(2)),
                    (Double) Workbooks.cached(r.getCell(4)), (Double) Workbooks.cached(r.getCell(5))};
            }
        }
        throw new AssertionError("no totals row in Checks");
    }

    /** A copy of the workbook whose every formula keeps its formula but caches {@link #POISON}. */
    private static void poison(Path from, Path to) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(from))) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.FORMULA) {
                            c.setCellValue(POISON);
                            assertEquals(CellType.FORMULA, c.getCellType(), "poisoning keeps the formula");
                            assertEquals(POISON, Workbooks.cached(c), "poisoned cache");
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(to)) {
                wb.write(out);
            }
        }
    }
}
