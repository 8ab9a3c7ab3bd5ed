package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.Response;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Provenance;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.dataset.SyntheticSnapshot;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.workbook.TemplateWorkbook;

/** {@code /health}, the report list, tables as CSV and JSON with snapshot pinning, and workbooks. */
class ReportRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Snapshot SAMPLE = SampleData.snapshot();
    /** 1,000 synthetic models (seed 1): T8 then lists organisations named {@code =Org 34} and {@code @Lab 35}. */
    private static final Snapshot HOSTILE = EpochCsv.parse("synthetic.csv", SyntheticSnapshot.generate(1_000, 1), false);
    private static final String HOSTILE_ID = HOSTILE.provenance().sha256();
    /** A 2025-style file without Organization categorization and with a column no field reads. */
    private static final Snapshot LACKING = EpochCsv.parse("lacking.csv", ("Model,Domain,Task,Organization,"
            + "Publication date,Country (of organization),Link,Parameters,Training compute (FLOP),"
            + "Training dataset size (datapoints),Training hardware,Confidence,Model accessibility,Reference,비고\n"
            + "GPT-4,Language,Chat,OpenAI,2023-03-15,United States of America,,,,,,,,,메모\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    private static final String LACKING_ID = LACKING.provenance().sha256();

    private static Javalin app() {
        Datasets datasets = new Datasets(SAMPLE, id -> id.equals(HOSTILE_ID) ? Optional.of(HOSTILE)
                : id.equals(LACKING_ID) ? Optional.of(LACKING) : Optional.empty());
        return CensusServer.create(ServerConfig.defaults().withPort(0), datasets, new HeavyWork(1));
    }

    private static JsonNode json(Response r) throws java.io.IOException {
        return JSON.readTree(r.body().string());
    }

    @Test
    void healthNamesTheDefaultSnapshot() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode h = json(client.get("/health"));
            assertEquals("ok", h.get("status").asText());
            assertEquals(SAMPLE.provenance().sha256(), h.get("snapshot").get("sha256").asText());
            assertTrue(h.get("snapshot").get("sample").asBoolean());
            assertTrue(h.get("uptimeSeconds").asLong() >= 0);
        });
    }

    @Test
    void listsEditionsWithTheirTablesAndLinks() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode doc = json(client.get("/api/v1/reports"));
            assertEquals(SAMPLE.provenance().sha256(), doc.get("provenance").get("sha256").asText());
            List<String> ids = new ArrayList<>();
            doc.get("reports").forEach(r -> ids.add(r.get("id").asText()));
            assertEquals(Edition.builtIns().stream().map(Edition::id).toList(), ids, "the edition files, all of them");
            assertEquals(Edition.defaultEdition().id(), doc.get("default").asText(), "the one default edition");
            JsonNode spri2025 = doc.get("reports").get(1);
            assertEquals("spri-2025", spri2025.get("id").asText());
            assertTrue(spri2025.get("printedFigures").asBoolean());
            assertFalse(doc.get("reports").get(2).get("printedFigures").asBoolean());
            JsonNode t1 = null;
            for (JsonNode t : spri2025.get("tables")) {
                t1 = t.get("id").asText().equals("T1") ? t : t1;
            }
            assertEquals("T1", t1.get("id").asText());
            assertTrue(t1.get("rows").asInt() > 0 && t1.get("columns").asInt() > 0);
            assertFalse(t1.get("title").asText().isBlank());
            assertTrue(t1.has("unit"));
            assertEquals("/api/v1/reports/spri-2025/tables/T1.csv", t1.get("csv").asText());
            JsonNode pinned = json(client.get("/api/v1/reports?snapshot=" + HOSTILE_ID));
            assertEquals(HOSTILE_ID, pinned.get("provenance").get("sha256").asText());
            assertTrue(pinned.get("reports").get(0).get("tables").get(0).get("json").asText()
                    .endsWith(".json?snapshot=" + HOSTILE_ID));
        });
    }

    @Test
    void servesATableAsUtf8CsvWithProvenanceHeaders() {
        JavalinTest.test(app(), (server, client) -> {
            Response r = client.get("/api/v1/reports/spri-2024/tables/T2.csv");
            assertEquals(200, r.code());
            assertEquals("text/csv; charset=utf-8", r.header("Content-Type").toLowerCase(java.util.Locale.ROOT).replace("\"", ""));
            assertEquals(SAMPLE.provenance().sha256(), r.header(ReportRoutes.SHA256_HEADER));
            assertEquals("true", r.header(ReportRoutes.SAMPLE_HEADER));
            assertEquals(Provenance.EPOCH_CITATION, r.header(ReportRoutes.CITATION_HEADER));
            String csv = r.body().string();
            assertTrue(csv.startsWith("\"" + ReportRoutes.SAMPLE_ROW_HEADER + "\","), csv);
            assertTrue(csv.contains("\nEXAONE 1.0,"), "Korean text arrives as UTF-8: " + csv);
        });
    }

    @Test
    void announcesTheOptionalFieldsASnapshotLacksInAHeaderAndInTheJsonProvenance() {
        JavalinTest.test(app(), (server, client) -> {
            Response r = client.get("/api/v1/reports/spri-2025/tables/T1.json?snapshot=" + LACKING_ID);
            assertEquals("2025", r.header(ReportRoutes.SCHEMA_HEADER));
            assertEquals("Organization categorization (from Organization)", r.header(ReportRoutes.MISSING_FIELDS_HEADER));
            JsonNode provenance = json(r).get("provenance");
            assertEquals("2025", provenance.get("schema").asText());
            assertEquals("[\"Organization categorization (from Organization)\"]", provenance.get("missingFields").toString());
            assertEquals("[\"비고\"]", provenance.get("unusedColumns").toString());
            Response full = client.get("/api/v1/reports/spri-2025/tables/T1.csv?snapshot=" + HOSTILE_ID);
            assertEquals(null, full.header(ReportRoutes.MISSING_FIELDS_HEADER), "sent only when fields are missing");
            assertEquals("2025", full.header(ReportRoutes.SCHEMA_HEADER));
            Response list = client.get("/api/v1/reports?snapshot=" + LACKING_ID);
            assertEquals("Organization categorization (from Organization)", list.header(ReportRoutes.MISSING_FIELDS_HEADER));
        });
    }

    @Test
    void neutralizesFormulaLikeLabelsInCsvAndKeepsThemRawInJson() {
        JavalinTest.test(app(), (server, client) -> {
            Response r = client.get("/api/v1/reports/spri-2025/tables/T8.csv?snapshot=" + HOSTILE_ID);
            assertEquals(HOSTILE_ID, r.header(ReportRoutes.SHA256_HEADER));
            assertEquals("synthetic.csv", r.header(ReportRoutes.SOURCE_HEADER));
            String csv = r.body().string();
            assertTrue(csv.startsWith("row,"), "no sample label on real data: " + csv);
            assertTrue(csv.contains("\n'=Org 34,"), csv);
            assertTrue(csv.contains("\n'@Lab 35,"), csv);
            for (String line : csv.split("\n")) {
                assertFalse(!line.isEmpty() && "=+-@\t\r".indexOf(line.charAt(0)) >= 0, line);
            }
            JsonNode doc = json(client.get("/api/v1/reports/spri-2025/tables/T8.json?snapshot=" + HOSTILE_ID));
            assertEquals(HOSTILE_ID, doc.get("provenance").get("sha256").asText());
            assertEquals(Provenance.EPOCH_CITATION, doc.get("provenance").get("citation").asText());
            JsonNode rows = doc.get("tables").get("T8").get("rows");
            assertTrue(rows.has("=Org 34"), "JSON keeps raw values: " + rows);
            assertTrue(rows.get("=Org 34").get("모델 수").isIntegralNumber());
        });
    }

    @Test
    void servesATableAsJsonWithRawNumbers() {
        JavalinTest.test(app(), (server, client) -> {
            Response r = client.get("/api/v1/reports/spri-2025/tables/F1.json");
            assertEquals(SAMPLE.provenance().sha256(), r.header(ReportRoutes.SHA256_HEADER));
            JsonNode doc = json(r);
            assertEquals("spri-2025", doc.get("edition").get("id").asText());
            assertEquals(1, doc.get("tables").size());
            JsonNode f1 = doc.get("tables").get("F1").get("rows");
            assertTrue(f1.get("모델 수").get("2024").isIntegralNumber());
            assertEquals("#DIV/0!", f1.get("CAGR(%)").get("2020-2024").asText());
        });
    }

    @Test
    void answersUnknownReportTableFormatOrSnapshotWith404Json() {
        JavalinTest.test(app(), (server, client) -> {
            for (String path : new String[] {"/api/v1/reports/spri-1999/tables/T1.csv",
                "/api/v1/reports/spri-2025/tables/T99.csv", "/api/v1/reports/spri-2025/tables/T1.xml",
                "/api/v1/reports/spri-2025/tables/T1", "/api/v1/reports/spri-2025/tables/T1.csv?snapshot=" + "0".repeat(64),
                "/api/v1/reports/spri-1999/workbook.xlsx", "/api/v1/reports?snapshot=abc"}) {
                Response r = client.get(path);
                assertEquals(404, r.code(), path);
                JsonNode body = json(r);
                assertEquals("not_found", body.get("error").asText(), path);
            }
        });
    }

    @Test
    void servesTheTemplateWorkbookThatPoiOpens() {
        JavalinTest.test(app(), (server, client) -> {
            Response r = client.get("/api/v1/reports/spri-2025/workbook.xlsx");
            assertEquals(200, r.code());
            assertEquals(ReportRoutes.XLSX, r.header("Content-Type"));
            String disposition = r.header("Content-Disposition");
            assertTrue(disposition.startsWith("attachment; filename=\"spri-2025-SAMPLE-"), disposition);
            assertEquals(SAMPLE.provenance().sha256(), r.header(ReportRoutes.SHA256_HEADER));
            byte[] bytes = r.body().bytes();
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                assertTrue(wb.getSheet(TemplateWorkbook.INDEX) != null);
                assertTrue(wb.getSheet("T1") != null);
            }
            byte[] again = client.get("/api/v1/reports/spri-2025/workbook.xlsx").body().bytes();
            assertTrue(java.util.Arrays.equals(bytes, again), "the second request is served from the cache");
        });
    }
}
