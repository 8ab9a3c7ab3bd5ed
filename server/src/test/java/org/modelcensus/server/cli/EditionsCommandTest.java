package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditionsCommandTest {
    /** A copy of spri-2026 covering 2021-2025, as a user would make next year's edition. */
    private static Path mine(Path dir) throws IOException {
        try (InputStream in = EditionsCommandTest.class.getResourceAsStream("/editions/spri-2026.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Files.writeString(dir.resolve("mine.json"), json.replace("\"spri-2026\"", "\"mine\"")
                    .replace("\"from\": 2020", "\"from\": 2021"), StandardCharsets.UTF_8);
        }
    }

    @Test
    void listsTheBuiltInEditionsWithYearsTablesAndPrintedFigures() {
        Cli r = Cli.run("editions");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(4, lines.length, r.out());
        assertTrue(lines[0].startsWith("id ") && lines[0].contains("printed"), lines[0]);
        assertTrue(lines[1].matches("spri-2024 +2020-2023 +12 +yes +글로벌 초거대 AI 모델 현황 분석 \\(2020~2023년\\), SPRI IS-178, 2024-08-19"),
                lines[1]);
        assertTrue(lines[3].matches("spri-2026 +2020-2025 +14 +no +글로벌 초거대 AI 모델 현황 분석 \\(2020~2025년\\).*"), lines[3]);
    }

    @Test
    void checksAndListsAUserEditionFile(@TempDir Path dir) throws IOException {
        Cli r = Cli.run("editions", mine(dir).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\nmine         2021-2025     14  no "), r.out());
    }

    @Test
    void runsTablesOfAUserEditionFileGivenWithEdition(@TempDir Path dir) throws IOException {
        Cli r = Cli.run("tables", "--edition", mine(dir).toString(), "--report", "spri-2024", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\nF1,모델 수,2021,") && !r.out().contains("F1,모델 수,2020,"), r.out());
        assertTrue(r.out().contains("\nF1,CAGR(%),2021-2025,"), r.out());
    }

    @Test
    void rejectsABadEditionFileWithFileLineAndExitCode2(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), Files.readString(mine(dir)).replace("\"kind\": \"countries\"",
                "\"kind\": \"country\""));
        Cli r = Cli.run("tables", "--edition", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("census: " + bad + ", line 10, column 5: unknown table kind 'country'; known: "
                + "models-per-year, countries,"), r.err());
    }

    @Test
    void saysInOneLineThatAnUnpublishedEditionHasNoPrintedFigures() {
        Cli r = Cli.run("check", "--report", "spri-2026");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("# source=") && lines.get(0).endsWith(" edition=spri-2026 sample=true"), lines.get(0));
        assertEquals(DataOptions.SAMPLE_NOTE, lines.get(1));
        assertEquals(List.of("spri-2026: no printed figures yet (the edition is not published); nothing to check. "
                + "census tables --report spri-2026 lists the computed cells"),
                lines.subList(2, lines.size()));
    }
}
