package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;

class WorkbookCommandTest {
    @Test
    void writesTheWorkbookWithCorrectionsAndSaysWhatItWrote(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("spri-2024.xlsx");
        Cli r = Cli.run("workbook", "--data", RealSnapshots.path(RealSnapshots.JULY_2024).toString(), "--report",
                "spri-2024", "--corrections", Fixtures.repoFile("corrections/spri-2024-known-edits.csv").toString(),
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("331 / 359 printed cells equal"), r.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            assertEquals("About", wb.getSheetName(0));
            var corrections = wb.getSheet("Corrections");
            assertTrue(corrections.getLastRowNum() > 3, "the applied corrections are listed");
            assertTrue(corrections.getRow(3).getCell(0).getStringCellValue().endsWith("spri-2024-known-edits.csv"));
        }
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left beside the workbook");
        }
    }

    @Test
    void comparingWithAnEarlierSnapshotAddsTheDriftSheet(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("spri-2025.xlsx");
        Cli r = Cli.run("workbook", "--data", RealSnapshots.path(RealSnapshots.FEB_2026).toString(), "--report",
                "spri-2025", "--compare", RealSnapshots.path(RealSnapshots.MAY_2025).toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("Drift sheet: 228 cells differ from "), r.err());
        assertTrue(r.err().contains(", 1671 model lines"), r.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            var drift = wb.getSheetAt(wb.getNumberOfSheets() - 1);
            assertEquals("Drift", drift.getSheetName());
            assertEquals(4 + 1671 + 228 - 159, drift.getLastRowNum());
            assertEquals("table", drift.getRow(4).getCell(0).getStringCellValue());
        }
        Cli missing = Cli.run("workbook", "--data", RealSnapshots.path(RealSnapshots.FEB_2026).toString(), "--compare",
                dir.resolve("nothing.csv").toString(), "--out", dir.resolve("x.xlsx").toString());
        assertEquals(2, missing.code());
        assertEquals("census: " + dir.resolve("nothing.csv") + ": no such file\n", missing.err());
    }

    @Test
    void aFailedRunLeavesAnEarlierWorkbookAsItWas(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("kept.xlsx");
        byte[] earlier = {1, 2, 3};
        Files.write(out, earlier);
        Cli r = Cli.run("workbook", "--data", dir.resolve("missing.csv").toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("census: "), r.err());
        assertArrayEquals(earlier, Files.readAllBytes(out));
    }

    @Test
    void refusesAnOutputThatIsNotXlsx(@TempDir Path dir) {
        Cli r = Cli.run("workbook", "--out", dir.resolve("x.csv").toString());
        assertEquals(2, r.code());
        assertEquals("census: --out: the workbook's name must end in .xlsx: " + dir.resolve("x.csv") + "\n", r.err());
    }
}
