package org.modelcensus.server.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.util.List;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class FunctionRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Javalin app() {
        Javalin app = Javalin.create();
        FunctionRoutes.of(TestData.CATALOG).addTo(app);
        return app;
    }

    private static JsonNode post(HttpClient client, String path, String body, int status) throws IOException {
        try (Response r = client.post(path, body)) {
            String text = r.body().string();
            assertEquals(status, r.code(), text);
            assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
            return JSON.readTree(text);
        }
    }

    private static double count(Object... args) {
        return (Double) TestData.CATALOG.find("COUNT").orElseThrow().call(List.of(args)).value();
    }

    @Test
    void callsAFunction() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode r = post(client, "/api/v1/functions/COUNT", "{\"args\":[2024,2024,\"KR\"]}", 200);
            assertEquals(count(2024.0, 2024.0, "KR"), r.get("value").doubleValue());
            JsonNode lower = post(client, "/api/v1/functions/count", "{\"args\":[2024,2024,\"KR\",null,null]}", 200);
            assertEquals(r.get("value"), lower.get("value"));
        });
    }

    @Test
    void answersAnExcelErrorWithAMessage() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode r = post(client, "/api/v1/functions/CAGR", "{\"args\":[0,122,4]}", 200);
            assertEquals("#NUM!", r.get("error").asText());
            assertTrue(r.get("message").asText().contains("first"));
            JsonNode range = post(client, "/api/v1/functions/CAGR", "{\"args\":[[[1,2],[3,4]],122,4]}", 200);
            assertEquals("#VALUE!", range.get("error").asText());
            JsonNode passed = post(client, "/api/v1/functions/CAGR", "{\"args\":[{\"error\":\"#DIV/0!\"},1,1]}", 200);
            assertEquals("#DIV/0!", passed.get("error").asText());
            JsonNode unknownCountry = post(client, "/api/v1/functions/COUNTRY_RANK", "{\"args\":[\"Atlantis\",2024,2024]}", 200);
            assertTrue(unknownCountry.has("error"), unknownCountry.toString());
        });
    }

    @Test
    void givesMatrixResultsAsRows() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode r = post(client, "/api/v1/functions/TOP_DEVELOPERS", "{\"args\":[2024,3]}", 200);
            assertTrue(r.get("value").isArray() && r.get("value").size() > 0, r.toString());
            assertEquals(3, r.get("value").get(0).size());
        });
    }

    @Test
    void rejectsUnknownFunctionsAndMalformedJson() {
        JavalinTest.test(app(), (server, client) -> {
            assertEquals("#NAME?", post(client, "/api/v1/functions/SUM", "{\"args\":[]}", 404).get("error").asText());
            assertTrue(post(client, "/api/v1/functions/COUNT", "{\"args\":[2024,", 400).get("message").asText()
                    .startsWith("malformed JSON"));
            post(client, "/api/v1/functions/COUNT", "[2024]", 400);
            post(client, "/api/v1/functions/COUNT", "{\"args\":2024}", 400);
            post(client, "/api/v1/functions:batch", "nonsense", 400);
            post(client, "/api/v1/functions:batch", "{\"calls\":{}}", 400);
            post(client, "/api/v1/functions/COUNT?snapshot=nope", "{\"args\":[]}", 404);
        });
    }

    @Test
    void answersABatchInOrderWithoutOneBadCallFailingTheOthers() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode r = post(client, "/api/v1/functions:batch", "{\"calls\":["
                    + "{\"name\":\"COUNT\",\"args\":[2024,2024,\"KR\"]},"
                    + "{\"name\":\"NOPE\",\"args\":[]},"
                    + "{\"name\":\"CAGR\",\"args\":[2,122,4]},"
                    + "{\"args\":[1]},"
                    + "{\"name\":\"CAGR\",\"args\":\"x\"},"
                    + "{\"name\":\"CAGR\",\"args\":[0,1,1]},"
                    + "{\"name\":\"TOP_MODELS\",\"args\":[2024,2]}]}", 200);
            JsonNode results = r.get("results");
            assertEquals(7, results.size());
            assertEquals(count(2024.0, 2024.0, "KR"), results.get(0).get("value").doubleValue());
            assertEquals("#NAME?", results.get(1).get("error").asText());
            assertEquals((Math.pow(61, 0.25) - 1) * 100, results.get(2).get("value").doubleValue(), 1e-12);
            assertEquals("#VALUE!", results.get(3).get("error").asText());
            assertEquals("#VALUE!", results.get(4).get("error").asText());
            assertEquals("#NUM!", results.get(5).get("error").asText());
            assertTrue(results.get(6).get("value").get(0).isArray());
        });
    }

    @Test
    void capsTheCallsPerBatch() {
        StringBuilder body = new StringBuilder("{\"calls\":[");
        for (int i = 0; i <= FunctionApi.MAX_BATCH; i++) {
            body.append(i == 0 ? "" : ",").append("{\"name\":\"CAGR\",\"args\":[1,2,3]}");
        }
        body.append("]}");
        FunctionApi api = new FunctionApi(CatalogSource.fixed(TestData.CATALOG));
        assertEquals(413, api.batch(null, null, body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).status());
    }

    @Test
    void listsTheCatalogue() {
        JavalinTest.test(app(), (server, client) -> {
            try (Response r = client.get("/api/v1/functions")) {
                assertEquals(200, r.code());
                JsonNode json = JSON.readTree(r.body().string());
                assertEquals("CENSUS", json.get("namespace").asText());
                List<String> ids = new java.util.ArrayList<>();
                json.get("functions").forEach(f -> ids.add(f.get("id").asText()));
                assertEquals(TestData.registry().ids(), ids);
                JsonNode count = json.get("functions").get(1);
                assertEquals("year_from", count.get("parameters").get(0).get("name").asText());
                assertTrue(!count.get("description").asText().isBlank());
            }
        });
    }
}
