package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;

class TablesCommandTest {
    @Test
    void keepsStandardOutputACleanCsvAndListsCorrectionsOnStandardError() throws Exception {
        Cli r = Cli.run("tables", "--data", RealSnapshots.path(RealSnapshots.MAY_2025).toString(), "--report", "spri-2025",
                "--format", "csv", "--corrections", Fixtures.repoFile("corrections/spri-2025-known-edits.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("corrections applied from "), r.err());
        assertTrue(r.err().contains("line 5: remove ALLaM 34B"), r.err());
        try (CSVParser p = CSVParser.parse(new StringReader(r.out()), CSVFormat.RFC4180.builder().setHeader().setCommentMarker('#').get())) {
            assertEquals(java.util.List.of("table", "row", "column", "value"), p.getHeaderNames());
            boolean openAi = false;
            for (CSVRecord c : p) {
                openAi |= c.get("table").equals("T8") && c.get("row").equals("OpenAI") && c.get("column").equals("모델 수")
                        && c.get("value").equals("9");
            }
            assertTrue(openAi, "T8 counts OpenAI 9 in 2024 once o3-mini is dated 2024-01-31");
        }
    }
}
