package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Snapshot;

/** {@code GET /api/v1/snapshots/{a}/drift/{b}} over the real 2024-07-16 (default) and 2025-05-20 (stored) snapshots. */
class DriftRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Snapshot july;
    private static Snapshot may;

    private static Javalin app() {
        if (july == null) {
            july = EpochCsv.read(RealSnapshots.path(RealSnapshots.JULY_2024));
            may = EpochCsv.read(RealSnapshots.path(RealSnapshots.MAY_2025));
        }
        String mayId = may.provenance().sha256();
        Datasets datasets = new Datasets(july, id -> id.equals(mayId) ? Optional.of(may) : Optional.empty());
        return CensusServer.create(ServerConfig.defaults().withPort(0), datasets, new HeavyWork(1));
    }

    private static String path(String query) {
        return "/api/v1/snapshots/" + july.provenance().sha256() + "/drift/" + may.provenance().sha256() + query;
    }

    @Test
    void answersJsonWithTheModelsOfEachChangedCountCell() {
        JavalinTest.test(app(), (server, client) -> {
            Response r = client.get(path("?report=spri-2024"));
            assertEquals(200, r.code());
            assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
            assertEquals(may.provenance().sha256(), r.header(ReportRoutes.SHA256_HEADER));
            assertEquals(july.provenance().sha256(), r.header(DriftRoutes.BEFORE_HEADER));
            JsonNode doc = JSON.readTree(r.body().string());
            assertEquals("spri-2024", doc.get("edition").asText());
            assertEquals(183, doc.at("/totals/cells").asInt());
            assertEquals(89, doc.at("/totals/countCells").asInt());
            assertEquals(591, doc.at("/totals/modelLines").asInt());
            assertEquals(july.provenance().sha256(), doc.at("/before/sha256").asText());
            for (JsonNode c : doc.get("cells")) {
                if (c.get("kind").asText().equals("count")) {
                    int sum = 0;
                    for (JsonNode m : c.get("models")) {
                        sum += m.get("direction").asInt();
                    }
                    assertEquals(c.get("after").asInt() - c.get("before").asInt(), sum, c.toString());
                }
            }
        });
    }

    @Test
    void answersCsvWithABom() {
        JavalinTest.test(app(), (server, client) -> {
            Response r = client.get(path("?report=spri-2024&format=csv"));
            assertEquals(200, r.code());
            assertEquals("text/csv; charset=utf-8", r.header("Content-Type"));
            String body = new String(r.body().bytes(), StandardCharsets.UTF_8);
            assertTrue(body.startsWith("\uFEFFtable,row,column,before,after,model,direction,reason\n"), body.substring(0, 80));
            assertTrue(body.contains("\nT1,미국,2023,41,39,GPT-4V,-1,removed: not in B (published 2023-09-25)\n"), body);
            assertEquals(1 + 591 + 183 - 89, body.split("\n").length);
        });
    }

    @Test
    void refusesAnUnknownReportFormatOrSnapshotAsJsonErrors() {
        JavalinTest.test(app(), (server, client) -> {
            Response report = client.get(path("?report=spri-1999"));
            assertEquals(400, report.code());
            assertTrue(report.body().string().contains("spri-1999"));
            Response format = client.get(path("?report=spri-2024&format=xml"));
            assertEquals(400, format.code());
            assertTrue(format.body().string().contains("unknown format 'xml'"));
            Response unknown = client.get("/api/v1/snapshots/" + july.provenance().sha256() + "/drift/" + "ab".repeat(32));
            assertEquals(404, unknown.code());
            assertTrue(JSON.readTree(unknown.body().string()).has("error"));
        });
    }
}
