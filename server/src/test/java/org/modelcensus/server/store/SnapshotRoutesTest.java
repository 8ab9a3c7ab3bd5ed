package org.modelcensus.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.dataset.SyntheticSnapshot;

class SnapshotRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long LIMIT = 100_000;

    @TempDir
    Path dir;
    private Javalin app;

    @BeforeEach
    void createApp() {
        app = Javalin.create();
        // What the core app does centrally for every route.
        app.exception(BadInputException.class, (e, ctx) -> ctx.status(400)
                .json(Map.of("error", "bad_input", "message", e.getMessage())));
        new SnapshotRoutes(SnapshotStore.open(dir, LIMIT)).addTo(app);
    }

    @Test
    void uploadsASnapshotOnceAndListsIt() {
        byte[] csv = SyntheticSnapshot.generate(30, 1);
        JavalinTest.test(app, (server, client) -> {
            assertEquals("[]", json(client.get("/api/v1/snapshots")).get("snapshots").toString());

            Response first = client.request("/api/v1/snapshots", b -> b.post(upload("epoch.csv", csv)));
            assertEquals(201, first.code());
            JsonNode info = json(first);
            assertEquals(Hashes.sha256(csv), info.get("id").asText());
            assertEquals(30, info.get("rows").asInt());
            assertEquals("epoch.csv", info.get("originalName").asText());

            Response again = client.request("/api/v1/snapshots", b -> b.post(upload("copy.csv", csv)));
            assertEquals(200, again.code());
            assertEquals(info, json(again));
            JsonNode list = json(client.get("/api/v1/snapshots")).get("snapshots");
            assertEquals(1, list.size());
            assertEquals(info, list.get(0));
        });
    }

    @Test
    void answersAMalformedCsvWith400NamingLineAndColumn() {
        byte[] csv = ("Model,Domain,Task,Organization,Publication date,Country (of organization),"
                + "Organization categorization (from Organization)\nA,Language,Chat,X,2024-01-01,USA,Industry\n"
                + "B,\"Lang\"uage,Chat,X,2024-01-01,USA,Industry\n").getBytes(StandardCharsets.UTF_8);
        JavalinTest.test(app, (server, client) -> {
            Response response = client.request("/api/v1/snapshots", b -> b.post(upload("bad.csv", csv)));
            assertEquals(400, response.code());
            JsonNode body = json(response);
            assertEquals("bad_input", body.get("error").asText());
            assertTrue(body.get("message").asText().startsWith("bad.csv, line 3, column "), body.toString());
            assertEquals(0, json(client.get("/api/v1/snapshots")).get("snapshots").size());
        });
    }

    @Test
    void answersAnOversizedUploadWith413() {
        byte[] big = SyntheticSnapshot.generate(400, 2);
        byte[] overLimitOnly = java.util.Arrays.copyOf(big, (int) LIMIT + 10_000);
        JavalinTest.test(app, (server, client) -> {
            for (byte[] csv : new byte[][] {big, overLimitOnly}) {
                Response response = client.request("/api/v1/snapshots", b -> b.post(upload("big.csv", csv)));
                assertEquals(413, response.code());
                JsonNode body = json(response);
                assertEquals("content_too_large", body.get("error").asText());
                assertTrue(body.get("message").asText().contains("limit of " + LIMIT + " bytes"), body.toString());
            }
        });
    }

    @Test
    void refusesAUrlImportFromLoopback() {
        JavalinTest.test(app, (server, client) -> {
            for (String url : new String[] {"http://127.0.0.1:" + server.port() + "/api/v1/snapshots",
                "https://127.0.0.1:" + server.port() + "/", "https://localhost/x.csv", "https://[::1]/",
                "https://169.254.169.254/", "https://10.0.0.1/"}) {
                Response response = client.post("/api/v1/snapshots", Map.of("url", url));
                assertEquals(400, response.code(), url);
                assertTrue(json(response).get("message").asText().contains("refused: "), url);
            }
        });
    }

    @Test
    void answersABodyWithoutFileOrUrlWith400() {
        JavalinTest.test(app, (server, client) -> {
            assertEquals(400, client.post("/api/v1/snapshots", Map.of("uri", "x")).code());
            assertEquals(400, client.post("/api/v1/snapshots", "{not json").code());
            Response noFile = client.request("/api/v1/snapshots", b -> b.post(new MultipartBody.Builder()
                    .setType(MultipartBody.FORM).addFormDataPart("other", "x").build()));
            assertEquals(400, noFile.code());
            assertTrue(json(noFile).get("message").asText().contains("'file'"));
        });
    }

    @Test
    void diffsTwoSnapshots() {
        JavalinTest.test(app, (server, client) -> {
            String a = json(client.request("/api/v1/snapshots", b -> b.post(upload("a.csv",
                    SyntheticSnapshot.generate(40, 3))))).get("id").asText();
            String b = json(client.request("/api/v1/snapshots", r -> r.post(upload("b.csv",
                    SyntheticSnapshot.generate(60, 4))))).get("id").asText();

            JsonNode diff = json(client.get("/api/v1/snapshots/" + a + "/diff/" + b));
            assertEquals(a, diff.get("a").get("id").asText());
            assertEquals(b, diff.get("b").get("id").asText());
            JsonNode counts = diff.get("counts");
            assertEquals(diff.get("changes").size(), counts.get("added").asInt() + counts.get("removed").asInt()
                    + counts.get("changedFields").asInt());
            JsonNode same = json(client.get("/api/v1/snapshots/" + a + "/diff/" + a));
            assertEquals(0, same.get("changes").size());
        });
    }

    @Test
    void listsUnmappedValuesForAReport() {
        JavalinTest.test(app, (server, client) -> {
            String id = json(client.request("/api/v1/snapshots", b -> b.post(upload("a.csv",
                    SyntheticSnapshot.generate(200, 5))))).get("id").asText();

            JsonNode unmapped = json(client.get("/api/v1/snapshots/" + id + "/unmapped"));
            assertEquals("spri-2025", unmapped.get("report").asText());
            assertEquals(unmapped.get("count").asInt(), unmapped.get("items").size());
            assertEquals("spri-2024", json(client.get("/api/v1/snapshots/" + id + "/unmapped?report=spri-2024"))
                    .get("report").asText());
            Response unknown = client.get("/api/v1/snapshots/" + id + "/unmapped?report=spri-1999");
            assertEquals(400, unknown.code());
            assertTrue(json(unknown).get("message").asText().contains("unknown report 'spri-1999'"));
        });
    }

    @Test
    void answersAnUnknownIdWith404() {
        JavalinTest.test(app, (server, client) -> {
            Response response = client.get("/api/v1/snapshots/" + "ab".repeat(32) + "/unmapped");
            assertEquals(404, response.code());
            assertEquals("not_found", json(response).get("error").asText());
            assertEquals(404, client.get("/api/v1/snapshots/..%2F..%2Fetc/diff/x").code());
        });
    }

    private static RequestBody upload(String name, byte[] csv) {
        return new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("file", name, RequestBody.create(csv, MediaType.get("text/csv"))).build();
    }

    private static JsonNode json(Response response) throws IOException {
        return JSON.readTree(response.body().string());
    }
}
