package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;

/** An edition running past the data's years warns, naming the years the data lacks, on the CLI and in About. */
class YearsNoteTest {
    @TempDir
    Path dir;

    @Test
    void anEditionPastTheDataNamesTheMissingAndThePartialYear() throws IOException {
        Path edition = dir.resolve("my-2027.json");
        Files.writeString(edition, Files.readString(Fixtures.repoFile("functions/src/main/resources/editions/spri-2026.json"),
                StandardCharsets.UTF_8).replace("\"spri-2026\"", "\"my-2027\"").replace("\"to\": 2025", "\"to\": 2026"));
        String data = RealSnapshots.path(RealSnapshots.MAY_2025).toString();
        Cli r = Cli.run("tables", "--edition", edition.toString(), "--data", data);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("F1,CAGR(%),2020-2026,-100"), "the CAGR to a year without data");
        assertTrue(r.err().contains("# edition my-2027 covers 2020-2026 but the data's newest model is of 2025-04-29: "
                + "it has no model of 2026; 2025 only up to 2025-04."), r.err());

        Path out = dir.resolve("my-2027.xlsx");
        Cli wb = Cli.run("workbook", "--edition", edition.toString(), "--data", data, "--out", out.toString());
        assertEquals(0, wb.code(), wb.err());
        assertTrue(wb.err().contains("it has no model of 2026"), wb.err());
        assertTrue(about(out).contains("2026년 자료가 없습니다") && about(out).contains("it has no model of 2026"), about(out));
    }

    @Test
    void aPreviewModelInT9IsFlaggedOnTheCommandLineAndInTheWorkbook() throws IOException {
        String data = RealSnapshots.path(RealSnapshots.FEB_2026).toString();
        Cli r = Cli.run("tables", "--report", "spri-2026", "--data", data);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("T9,Llama 4 Behemoth (preview),순위,"), "the model is listed");
        assertTrue(r.err().contains("# T9 lists a model Epoch marks as a preview: Llama 4 Behemoth (preview)."), r.err());
        assertFalse(r.err().contains("newest model"), "the 2026-02-16 snapshot covers 2025: " + r.err());

        Path out = dir.resolve("spri-2026.xlsx");
        Cli wb = Cli.run("workbook", "--report", "spri-2026", "--data", data, "--out", out.toString());
        assertEquals(0, wb.code(), wb.err());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            String note = book.getSheet("T9").getRow(1).getCell(2).getStringCellValue();
            assertTrue(note.contains("미리보기(preview)") && note.contains("Llama 4 Behemoth (preview)"), note);
            assertTrue(book.getSheet("T1").getRow(1).getCell(2) == null, "no note where there is nothing to say");
        }
        assertTrue(about(out).contains("미리보기 모델 (preview models)"), about(out));
        assertTrue(about(out).contains("이 판은 아직 발간되지 않아 대조할 인쇄 수치가 없습니다"), "spri-2026 is not printed: " + about(out));
    }

    @Test
    void aSnapshotReachingDecemberOfTheLastYearGivesNoNote() {
        Cli r = Cli.run("tables", "--report", "spri-2025", "--data", RealSnapshots.path(RealSnapshots.MAY_2025).toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("newest model"), r.err());
    }

    private static String about(Path workbook) throws IOException {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheet("About")) {
                row.forEach(c -> text.append(c.toString()).append('\n'));
            }
        }
        return text.toString();
    }
}
