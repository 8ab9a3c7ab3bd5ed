package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.OddSnapshots;

/** Data commands warn about questionable values on stderr, and {@code --strict} makes them exit 2. */
class QuestionableValuesCommandTest {
    @TempDir
    Path dir;

    private Path data(String rows) throws Exception {
        return Files.writeString(dir.resolve("q.csv"), OddSnapshots.HEADER + rows);
    }

    @Test
    void warnsWithFileLineAndColumnAndExitsTwoUnderStrict() throws Exception {
        Path q = data("A,Language,Chat,Lab,Industry,2023-01-01,Canada,,,NaN,,,,\n"
                + "A,Language,Chat,Lab,Industry,2023-01-01,Canada,,,1e308,,,,\n");
        String nan = "# warning: " + q + ", line 2, column 10: training compute 'NaN' is not a number";
        Cli tables = Cli.run("tables", "--data", q.toString(), "--report", "spri-2025");
        assertEquals(0, tables.code(), tables.err());
        assertTrue(tables.err().contains(nan), tables.err());
        assertTrue(tables.err().contains(", line 3, column 1: the model name 'A' is also on line 2"), tables.err());
        assertTrue(tables.err().contains(", line 3, column 10: training compute 1e308 is outside"), tables.err());
        Cli strict = Cli.run("tables", "--data", q.toString(), "--report", "spri-2025", "--strict");
        assertEquals(2, strict.code(), strict.err());
        assertTrue(strict.err().contains("census: 3 questionable values in the data (--strict)"), strict.err());
        assertEquals("", strict.out());
    }

    @Test
    void everyDataCommandWarns() throws Exception {
        Path q = data("N\u0000,Language,Chat,Lab,Industry,2023-01-01,Canada,,,1e25,,,,\n");
        String warning = ", line 2, column 1: the model name contains the control character U+0000";
        for (String[] args : new String[][] {{"check"}, {"unmapped"}, {"export", "--table", "Models", "--out", dir.resolve("x").toString()},
            {"function", "COUNT"}, {"workbook", "--out", dir.resolve("x.xlsx").toString()}}) {
            String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--data", q.toString(), "--report", "spri-2025")).toArray(String[]::new);
            Cli r = Cli.run(all);
            assertTrue(r.err().contains(warning), args[0] + ": " + r.err());
            assertFalse(r.err().contains("\tat "), r.err());
        }
    }

    @Test
    void manyWarningsAreCappedWithACount() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            rows.append("M").append(i).append(",Language,Chat,Lab,Industry,2023-01-01,Canada,,,-1,,,,\n");
        }
        Cli r = Cli.run("tables", "--data", data(rows.toString()).toString(), "--report", "spri-2025");
        assertEquals(QuestionableNotes.MAX_LINES, r.err().lines().filter(l -> l.contains("training compute -1")).count());
        assertTrue(r.err().contains("# warning: ... and 10 more questionable values"), r.err());
    }

    @Test
    void aHeaderOnlyFileWarnsAndStillGivesAWorkbook() throws Exception {
        Path empty = OddSnapshots.write(dir, OddSnapshots.HEADER_ONLY);
        Path out = dir.resolve("empty.xlsx");
        Cli r = Cli.run("workbook", "--data", empty.toString(), "--report", "spri-2025", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("# warning: " + empty + ", line 1: the file has a header but no rows"), r.err());
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void oddButValidDataGivesAWorkbookForEveryEdition() throws Exception {
        for (String name : OddSnapshots.names()) {
            Path data = OddSnapshots.write(dir, name);
            for (String edition : new String[] {"spri-2024", "spri-2025", "spri-2026"}) {
                Path out = dir.resolve(name + "-" + edition + ".xlsx");
                Cli r = Cli.run("workbook", "--data", data.toString(), "--report", edition, "--out", out.toString());
                assertEquals(0, r.code(), name + " " + edition + ": " + r.err());
                assertTrue(Files.size(out) > 0);
            }
        }
    }
}
