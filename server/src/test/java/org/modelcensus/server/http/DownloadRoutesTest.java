package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.check.PrintedFigure;
import org.modelcensus.functions.check.PublishedFigures;
import org.modelcensus.functions.edition.Edition;

/** The check, models-behind, metadata and long-table downloads, and the BOM on every CSV. */
class DownloadRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Javalin app(Snapshot snapshot) {
        return CensusServer.create(ServerConfig.defaults().withPort(0), new Datasets(snapshot, Datasets.NO_STORE),
                new HeavyWork(1));
    }

    private static JsonNode json(Response r) throws java.io.IOException {
        assertEquals(200, r.code());
        return JSON.readTree(r.body().string());
    }

    private static JsonNode cell(JsonNode check, String table, String row, String column) {
        for (JsonNode t : check.get("tables")) {
            if (t.get("id").asText().equals(table)) {
                for (JsonNode c : t.get("cells")) {
                    if (c.get("row").asText().equals(row) && c.get("column").asText().equals(column)) {
                        return c;
                    }
                }
            }
        }
        throw new AssertionError("no cell " + table + "[" + row + "][" + column + "]");
    }

    @Test
    void aComputedCheckIsAnsweredWhileEveryHeavySlotIsTaken() throws Exception {
        HeavyWork heavy = new HeavyWork(1);
        Datasets datasets = new Datasets(SampleData.snapshot(), Datasets.NO_STORE);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        JavalinTest.test(CensusServer.create(ServerConfig.defaults().withPort(0), datasets, heavy), (server, client) -> {
            String first = client.get("/api/v1/reports/spri-2025/check.json").body().string();
            heavy.submit(() -> {
                try {
                    return release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                assertEquals(503, client.get("/api/v1/reports/spri-2024/check.json").code(), "a check not yet computed waits for a slot");
                Response again = client.get("/api/v1/reports/spri-2025/check.json");
                assertEquals(200, again.code());
                assertEquals(first, again.body().string());
            } finally {
                release.countDown();
            }
        });
        heavy.close();
    }

    @Test
    void checkShowsPrintedBesideComputedOnTheMay2025Snapshot() throws Exception {
        Path file = RealSnapshots.path(RealSnapshots.MAY_2025);
        Snapshot snapshot = EpochCsv.parse(file.toAbsolutePath().toString(), Files.readAllBytes(file), false);
        JavalinTest.test(app(snapshot), (server, client) -> {
            JsonNode check = json(client.get("/api/v1/reports/spri-2025/check.json"));
            assertEquals(RealSnapshots.MAY_2025, check.get("snapshot").get("source").asText(), "no server path");
            JsonNode f1 = cell(check, "F1", "모델 수", "2024");
            assertEquals("122", f1.get("printed").asText(), f1.toString());
            assertEquals("132", f1.get("display").asText(), f1.toString());
            assertEquals("differs", f1.get("status").asText());
            // Status and causes from the edition's built-in ledger (census check's explanation).
            assertTrue(java.util.List.of("explained", "unexplained").contains(f1.get("explanation").asText()), f1.toString());
            assertTrue(f1.get("causes").isArray(), f1.toString());
            assertTrue(check.get("ledger").asText().startsWith("ledger/spri-2025.csv"), check.toString().substring(0, 300));
            JsonNode score = null;
            for (JsonNode t : check.get("tables")) {
                score = t.get("id").asText().equals("F1") ? t.get("score") : score;
            }
            assertEquals(score.get("printed").asInt(), score.get("equal").asInt() + score.get("explained").asInt()
                    + score.get("unexplained").asInt(), score.toString());
            // The one world and the numbers of the report text, as census check --format json gives them.
            Edition edition = Edition.of("spri-2025");
            var prose = PublishedFigures.builtIn().prose(edition);
            assertEquals(prose.size(), check.get("prose").size(), "one entry per number of the text");
            for (JsonNode p : check.get("prose")) {
                assertEquals("prose", p.get("printedAs").asText(), p.toString());
                assertFalse(p.get("sentence").asText().isBlank(), p.toString());
                assertFalse(p.get("backing").asText().isBlank(), p.toString());
                assertTrue(java.util.List.of("equal", "explained", "unexplained").contains(p.get("status").asText()), p.toString());
                assertTrue(p.get("causes").isArray() && p.has("computed"), p.toString());
            }
            JsonNode first = check.get("prose").get(0);
            assertEquals(prose.get(0).sentence(), first.get("sentence").asText());
            assertEquals(prose.get(0).published(), first.get("printed").asText());
            var outOfScope = PublishedFigures.builtIn().outOfScope(edition);
            assertEquals(outOfScope.size(), check.get("outOfScope").size());
            assertFalse(check.get("outOfScope").get(0).get("why").asText().isBlank());
            JsonNode world = check.get("world");
            assertTrue(world.get("scenario").isArray() && world.get("broken").isArray() && world.get("alternatives").isArray()
                    && world.get("withoutEffect").isArray(), world.toString());
            for (JsonNode a : world.get("alternatives")) {
                assertTrue(a.get("fixes").isArray() && a.get("breaks").isArray() && !a.get("hypothesis").asText().isBlank(), a.toString());
            }
            assertEquals(prose.size(), check.get("totals").get("tables").get(PrintedFigure.TEXT_TABLE).get("cells").asInt(),
                    "totals carry the prose cells");
            JsonNode models = json(client.get("/api/v1/reports/spri-2025/models.json?table=F1&row="
                    + java.net.URLEncoder.encode("모델 수", StandardCharsets.UTF_8) + "&column=2024"));
            assertEquals(132, models.get("models").size());
        });
    }

    @Test
    void tableCsvStartsWithABomAndABomAwareReaderSeesCleanHeaders() throws Exception {
        JavalinTest.test(app(SampleData.snapshot()), (server, client) -> {
            Response r = client.get("/api/v1/reports/spri-2025/tables/T1.csv");
            byte[] bytes = r.body().bytes();
            assertEquals(0xEF, bytes[0] & 0xFF);
            assertEquals(0xBB, bytes[1] & 0xFF);
            assertEquals(0xBF, bytes[2] & 0xFF);
            String text = new String(bytes, StandardCharsets.UTF_8);
            // What pandas' utf-8 reader does: a leading BOM is the encoding's mark, not the header's text.
            String unmarked = text.startsWith(DownloadRoutes.BOM) ? text.substring(1) : text;
            try (CSVParser p = CSVParser.parse(unmarked, CSVFormat.RFC4180.builder().setHeader().get())) {
                assertEquals(ReportRoutes.SAMPLE_ROW_HEADER, p.getHeaderNames().get(0));
            }
        });
    }

    @Test
    void servesTheNormalizedLongTablesAsCensusExportWritesThem() {
        Snapshot sample = SampleData.snapshot();
        JavalinTest.test(app(sample), (server, client) -> {
            String id = sample.provenance().sha256();
            Response r = client.get("/api/v1/snapshots/" + id + "/long/Countries.csv");
            assertEquals(200, r.code());
            String csv = new String(r.body().bytes(), StandardCharsets.UTF_8);
            assertTrue(csv.startsWith(DownloadRoutes.BOM), "a BOM for Excel");
            assertTrue(csv.lines().count() > 2, csv);
            assertEquals(404, client.get("/api/v1/snapshots/" + id + "/long/Nope.csv").code());
            assertEquals(404, client.get("/api/v1/snapshots/" + "0".repeat(64) + "/long/Countries.csv").code());
        });
    }

    @Test
    void eachTableHasAMetadataDocument() {
        JavalinTest.test(app(SampleData.snapshot()), (server, client) -> {
            JsonNode meta = json(client.get("/api/v1/reports/spri-2025/tables/T1.meta.json"));
            assertEquals("T1", meta.get("id").asText());
            assertFalse(meta.get("title").asText().isEmpty());
            assertTrue(meta.has("unit"));
            assertEquals("spri-2025", meta.get("edition").get("id").asText());
            assertEquals(64, meta.get("snapshot").get("sha256").asText().length());
            assertFalse(meta.get("snapshot").get("source").asText().contains("/"));
            assertTrue(meta.get("citation").asText().startsWith("Epoch AI"));
            assertEquals("CC BY 4.0", meta.get("licence").get("name").asText());
            assertTrue(meta.get("generatedAt").asText().endsWith("Z"));
            assertEquals(404, client.get("/api/v1/reports/spri-2025/tables/T99.meta.json").code());
        });
    }

    @Test
    void writesFiguresAtThePrintedPrecision() {
        assertEquals("3.81E+25", PrintedPrecision.format(3.810001e25, "3.80E+25"));
        assertEquals("280.3", PrintedPrecision.format(280.2952460761391, "281.0"));
        assertEquals("280.3", PrintedPrecision.format(280.2952460761391, null));
        assertEquals("132", PrintedPrecision.format(132.0, "122"));
        assertEquals("3.81E+25", PrintedPrecision.format(3.810001e25, null));
        assertEquals("GPT-4", PrintedPrecision.format("GPT-4", "GPT-4"));
        assertEquals("data.csv", DownloadRoutes.fileName("/srv/census/data.csv"));
    }
}
