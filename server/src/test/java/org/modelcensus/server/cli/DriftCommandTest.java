package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;

class DriftCommandTest {
    private static String[] realArgs(String... more) {
        List<String> args = new ArrayList<>(List.of("drift", RealSnapshots.path(RealSnapshots.JULY_2024).toString(),
                RealSnapshots.path(RealSnapshots.MAY_2025).toString(), "--report", "spri-2024"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void writesCsvAfterTheProvenanceLineAndTheLinesOfACountCellAddUp() throws Exception {
        Cli r = Cli.run(realArgs("--format", "csv"));
        assertEquals(0, r.code(), r.err());
        String[] parts = r.out().split("\n", 2);
        assertTrue(parts[0].startsWith("# source=") && parts[0].contains(" sha256=0895ccdb") && parts[0].contains(" schema=2024")
                && parts[0].contains(" edition=spri-2024") && parts[0].contains(" after.sha256=7e6faa7d")
                && parts[0].contains(" after.schema=2025"), parts[0]);
        try (CSVParser p = CSVParser.parse(new StringReader(parts[1]), CSVFormat.RFC4180.builder().setHeader().get())) {
            assertEquals(List.of("table", "row", "column", "before", "after", "model", "direction", "reason"), p.getHeaderNames());
            List<CSVRecord> rows = p.getRecords();
            assertEquals(591 + 183 - 89, rows.size());
            Map<String, Integer> sums = new HashMap<>();
            Map<String, Integer> changes = new HashMap<>();
            for (CSVRecord c : rows) {
                if (c.get("direction").isEmpty()) {
                    continue;
                }
                String cell = c.get("table") + "|" + c.get("row") + "|" + c.get("column");
                sums.merge(cell, Integer.parseInt(c.get("direction")), Integer::sum);
                changes.put(cell, (int) (Double.parseDouble(c.get("after")) - Double.parseDouble(c.get("before"))));
            }
            assertEquals(89, sums.size());
            assertEquals(changes, sums);
            assertTrue(rows.stream().anyMatch(c -> c.get("table").equals("T1") && c.get("row").equals("중국")
                    && c.get("column").equals("2023") && c.get("model").equals("DeepSeek Coder 33B")
                    && c.get("direction").equals("-1")
                    && c.get("reason").equals("date-moved: Publication date: 2023-11-02 → 2024-01-25")), parts[1]);
            assertTrue(rows.stream().anyMatch(c -> c.get("table").equals("T1") && c.get("column").equals("순위")
                    && c.get("model").isEmpty() && c.get("reason").equals("rank")));
        }
    }

    @Test
    void printsJsonWithTotalsAndReasons() throws Exception {
        Cli r = Cli.run(realArgs("--format", "json"));
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals("spri-2024", doc.get("edition").asText());
        assertEquals(183, doc.at("/totals/cells").asInt());
        assertEquals(591, doc.at("/totals/modelLines").asInt());
        assertEquals(226, doc.at("/totals/reasons/added").asInt());
        assertEquals(18, doc.at("/totals/reasons/date-moved").asInt());
        JsonNode us = null;
        for (JsonNode c : doc.get("cells")) {
            if (c.get("table").asText().equals("T1") && c.get("row").asText().equals("미국") && c.get("column").asText().equals("2023")) {
                us = c;
            }
        }
        assertEquals(41, us.get("before").asInt());
        assertEquals(39, us.get("after").asInt());
        assertEquals("GPT-4V", us.at("/models/0/model").asText());
        assertEquals(-1, us.at("/models/0/direction").asInt());
        assertEquals("removed", us.at("/models/0/reasons/0/reason").asText());
    }

    @Test
    void printsTextPerCellAndReadsStoredSnapshots(@TempDir Path store) {
        for (String file : List.of(RealSnapshots.MAY_2025, RealSnapshots.FEB_2026)) {
            Cli imported = Cli.run("import", RealSnapshots.path(file).toString(), "--store", store.toString());
            assertEquals(0, imported.code(), imported.err());
        }
        Cli text = Cli.run("drift", "7e6faa7de7e98f4b", "latest", "--store", store.toString(), "--report", "spri-2025");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("edition spri-2025: 228 cells differ (159 counts, 69 others), 1671 model lines\n"
                + "lines per reason: added 1287, removed 23, date-moved 19, domain-changed 31, task-changed 311\n"), text.out());
        assertTrue(text.out().contains("\nT3[시각(Vision/Video/Image Generation), 2021] 1 → 3\n  +2 Wu Dao 2.0: added: not in A "
                + "(published 2021-05-31)\n"), text.out());
        assertTrue(text.err().contains("B: this snapshot lacks optional fields"), text.err());
    }

    /** The walk-through of docs/user-guide.md quotes the text output as it is. */
    @Test
    void theUserGuideWalkThroughQuotesTheOutput() throws Exception {
        List<String> guide = Files.readAllLines(Fixtures.repoFile("docs/user-guide.md"), StandardCharsets.UTF_8);
        int heading = guide.indexOf("#### Walk-through: China, 2023, in Table 1 of the 2020-2023 edition");
        assertTrue(heading > 0, "the walk-through heading");
        int open = heading;
        while (!guide.get(open).equals("```")) {
            open++;
        }
        int close = open + 1;
        while (!guide.get(close).equals("```")) {
            close++;
        }
        List<String> quoted = guide.subList(open + 3, close);
        assertEquals("./census drift ../shared/epoch/large_scale_ai_models_2024-07-16.csv "
                + "../shared/epoch/large_scale_ai_models_2025-05-20.csv --report spri-2024", guide.get(open + 1));
        assertTrue(quoted.size() > 5, quoted.toString());
        Cli r = Cli.run(realArgs());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\n" + String.join("\n", quoted) + "\n"), r.out());
    }

    @Test
    void rejectsAnUnknownFormatAndAMissingFileWithExitCode2() {
        Cli r = Cli.run(realArgs("--format", "xml"));
        assertEquals(2, r.code());
        assertEquals("census: --format: unknown format 'xml'; use one of text, csv, json\n", r.err());
        Cli missing = Cli.run("drift", "no-such.csv", RealSnapshots.path(RealSnapshots.MAY_2025).toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("census: no-such.csv"), missing.err());
    }
}
