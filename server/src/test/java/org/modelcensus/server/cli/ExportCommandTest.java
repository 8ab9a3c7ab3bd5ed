package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;

class ExportCommandTest {
    private static String july() {
        return RealSnapshots.path(RealSnapshots.JULY_2024).toString();
    }

    @Test
    void writesALongTableToStandardOutput() {
        Cli r = Cli.run("export", "--data", july(), "--report", "spri-2024", "--table", "Countries");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# source=" + july() + " sha256="), r.out());
        assertTrue(r.out().contains(" edition=spri-2024\nId,Year,Country,Code,Multi,CountryId\n1,"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void writesToAFileAndListsCorrectionsOnStandardError(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("models.csv");
        Cli r = Cli.run("export", "--data", july(), "--report", "spri-2024", "--table", "Models", "--out", out.toString(),
                "--corrections", Fixtures.repoFile("corrections/spri-2024-known-edits.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().endsWith("wrote 193 rows of Models to " + out + "\n"), r.err());
        List<CSVRecord> rows;
        try (CSVParser p = CSVParser.parse(out, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().setCommentMarker('#').get())) {
            rows = p.getRecords();
        }
        assertEquals(193, rows.size());
        CSVRecord llama = rows.get(192);
        assertEquals(List.of("193", "Llama 3.1-405B", "2024", "3.8E25", "405000000000", "15600000000000", "NVIDIA H100 SXM5"),
                List.of(llama.get("Id"), llama.get("Name"), llama.get("Year"), llama.get("FLOP"), llama.get("Parameters"),
                        llama.get("DatasetSize"), llama.get("HardwareLabel")));
    }

    @Test
    void rejectsAnUnknownTableNamingTheKnownOnes() {
        Cli r = Cli.run("export", "--data", july(), "--report", "spri-2024", "--table", "Planets");
        assertEquals(2, r.code());
        assertEquals("census: --table: unknown table 'Planets'; use one of Models, Countries, Domains, Tasks, OrgTypes, "
                + "Developers\n", r.err());
    }
}
