package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;

class DiffCommandTest {
    private static String[] realArgs(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("diff", RealSnapshots.path(RealSnapshots.JULY_2024).toString(),
                RealSnapshots.path(RealSnapshots.MAY_2025).toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void describesAddedRemovedAndChangedModelsAsText() {
        Cli r = Cli.run(realArgs());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("columns only in A (2): Code accessibility, Dataset accessibility\n"), r.out());
        assertTrue(r.out().contains("\n  + Llama 3.1-405B\n"));
        assertTrue(r.out().contains("\n  - CogView2\n"));
        assertTrue(r.out().contains("\n  ~ ERNIE 4.0\n      Domain: \"Multimodal,Language\" → \"Multimodal,Language,Video,Image generation\"\n"));
    }

    @Test
    void writesOneCsvRowPerChangeWithSchemaChangesOnce() throws Exception {
        Cli r = Cli.run(realArgs("--format", "csv"));
        assertEquals(0, r.code(), r.err());
        try (CSVParser p = CSVParser.parse(new StringReader(r.out()), CSVFormat.RFC4180.builder().setHeader().get())) {
            assertEquals(List.of("change", "model", "field", "old", "new"), p.getHeaderNames());
            List<CSVRecord> rows = p.getRecords();
            assertEquals(2, rows.stream().filter(c -> c.get("change").equals("column_removed")).count());
            assertEquals(5, rows.stream().filter(c -> c.get("change").equals("column_added")).count());
            assertTrue(rows.stream().anyMatch(c -> c.get("change").equals("changed") && c.get("model").equals("ERNIE 4.0")
                    && c.get("field").equals("Domain") && c.get("new").equals("Multimodal,Language,Video,Image generation")));
        }
    }

    @Test
    void neutralizesFormulaLikeNamesInCsv(@TempDir Path dir) {
        String header = "System,Domain,Task,Organization,Publication date,Country (from Organization),"
                + "Organization categorization (from Organization),Link";
        Path a = Fixtures.write(dir, "a.csv", header, "GPT-3,Language,Chat,OpenAI,2020-05-28,United States of America,Industry,x");
        Path b = Fixtures.write(dir, "b.csv", header, "GPT-3,Language,Chat,OpenAI,2020-05-28,United States of America,Industry,x",
                "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",Language,Chat,X,2024-01-01,China,Industry,y");
        Cli r = Cli.run("diff", a.toString(), b.toString(), "--format", "csv");
        assertEquals("change,model,field,old,new\nadded,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,,\n", r.out());
    }

    @Test
    void rejectsAnUnknownFormatWithExitCode2() {
        Cli r = Cli.run(realArgs("--format", "xml"));
        assertEquals(2, r.code());
        assertEquals("census: --format: unknown format 'xml'; use one of text, csv\n", r.err());
    }
}
