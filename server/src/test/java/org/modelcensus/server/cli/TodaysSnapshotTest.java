package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.RealSnapshots;

/**
 * Every data command on the CSV Epoch publishes today (2026 schema, no organisation-type column),
 * as a new user runs them: exit 0, the missing field announced, and the figures the 2020-2025
 * edition needs filled.
 */
class TodaysSnapshotTest {
    private static final String MISSING = "# this snapshot lacks optional fields: Organization categorization "
            + "(from Organization) (schema 2026)";

    @TempDir
    Path dir;

    private static String today() {
        return RealSnapshots.path(RealSnapshots.FEB_2026).toString();
    }

    private static Cli ok(String... args) {
        Cli r = Cli.run(args);
        assertEquals(0, r.code(), String.join(" ", args) + "\n" + r.err());
        return r;
    }

    /** {@code tables --format csv} as table|row|column -> value. */
    private static Map<String, String> tables(String report) throws Exception {
        Cli r = ok("tables", "--data", today(), "--report", report, "--format", "csv");
        assertTrue(r.err().contains(MISSING), r.err());
        Map<String, String> cells = new HashMap<>();
        try (CSVParser p = CSVParser.parse(new StringReader(r.out()), CSVFormat.RFC4180.builder().setHeader().setCommentMarker('#').get())) {
            for (CSVRecord c : p) {
                cells.put(c.get("table") + "|" + c.get("row") + "|" + c.get("column"), c.get("value"));
            }
        }
        return cells;
    }

    @Test
    void theNextEditionCountsEveryModelOf2025AndFillsEveryTable() throws Exception {
        Map<String, String> cells = tables("spri-2026");
        assertEquals("153", cells.get("F1|모델 수|2025"));
        assertEquals("484", cells.get("F1|모델 수|계"));
        assertTrue(cells.keySet().stream().anyMatch(k -> k.startsWith("T9|")), "T9 lists 2025's top models");
        assertTrue(cells.keySet().stream().anyMatch(k -> k.startsWith("T8|")), "T8 lists 2025's top developers");
        assertTrue(Double.parseDouble(cells.get("T7|산업계(Industry)|2025")) > 100, "organisation types without Epoch's column");
    }

    @Test
    void thePrintedEditionsKeepWhatTheRenamedAndDroppedColumnsCarry() throws Exception {
        Map<String, String> spri2024 = tables("spri-2024");
        assertEquals("15600000000000", spri2024.get("T7|Llama 3.1-405B|학습데이터 규모"));
        Map<String, String> spri2025 = tables("spri-2025");
        assertEquals("5", spri2025.get("T8|Zhipu AI|모델 수"));
        assertTrue(Double.parseDouble(spri2025.get("T7|산업계(Industry)|2024")) >= 100);
    }

    @Test
    void checkUnmappedExportDiffWorkbookAndImportAllSucceed() throws Exception {
        Cli check = ok("check", "--data", today(), "--report", "spri-2026");
        assertTrue(check.out().contains("spri-2026: no printed figures yet"), check.out());
        assertTrue(ok("check", "--data", today(), "--report", "spri-2025").out().contains("printed cells equal"));

        Cli unmapped = ok("unmapped", "--data", today(), "--report", "spri-2026", "--strict");
        assertTrue(unmapped.out().strip().endsWith("0 unmapped values"), unmapped.out());

        Path countries = dir.resolve("countries.csv");
        ok("export", "--data", today(), "--report", "spri-2026", "--table", "Countries", "--out", countries.toString());
        assertTrue(Files.readString(countries).contains("중국"));

        Cli diff = ok("diff", RealSnapshots.path(RealSnapshots.MAY_2025).toString(), today());
        assertTrue(diff.err().contains("# B: this snapshot lacks optional fields"), diff.err());

        Path book = dir.resolve("spri-2026.xlsx");
        Cli workbook = ok("workbook", "--data", today(), "--report", "spri-2026", "--out", book.toString());
        assertTrue(workbook.err().contains(MISSING), workbook.err());
        assertTrue(Files.size(book) > 10_000);

        Cli imported = ok("import", today(), "--store", dir.resolve("store").toString());
        assertTrue(imported.out().contains("schema generation: 2026"), imported.out());
        assertTrue(imported.out().contains("missing optional fields: Organization categorization (from Organization)"),
                imported.out());
    }
}
