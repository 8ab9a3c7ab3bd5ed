package org.modelcensus.server.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Batches with many uncached calls are computed in parallel, with the answer of one-by-one calls. */
class ParallelBatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] COUNTRIES = {"KR", "US", "CN", "GB", "XX"};

    /** A batch of distinct COUNT calls (some with an unknown country), a bad call and an unknown function. */
    private static String body(int calls) {
        StringBuilder body = new StringBuilder("{\"calls\":[{\"name\":\"NOPE\",\"args\":[]},{\"args\":[]},");
        for (int i = 0; i < calls; i++) {
            int from = 2000 + i % 25;
            body.append("{\"name\":\"COUNT\",\"args\":[").append(from).append(',').append(from + i / 25)
                    .append(",\"").append(COUNTRIES[i % COUNTRIES.length]).append("\"]},");
        }
        return body.append("{\"name\":\"COUNT\",\"args\":[2024,2024,\"KR\"]}]}").toString();
    }

    private static JsonNode batch(FunctionApi api, String body) throws Exception {
        FunctionApi.Response r = api.batch(null, null, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.status());
        return JSON.readTree(r.json()).get("results");
    }

    @Test
    void answersLikeOneByOneCallsInOrderColdAndWarm() throws Exception {
        int calls = 20 * FunctionApi.PARALLEL_MISSES;
        String body = body(calls);
        FunctionApi api = new FunctionApi(CatalogSource.fixed(TestData.CATALOG));
        JsonNode cold = batch(api, body);
        assertEquals(calls + 3, cold.size());
        assertEquals("#NAME?", cold.get(0).get("error").textValue());
        assertEquals("#VALUE!", cold.get(1).get("error").textValue());
        SpreadsheetCount count = new SpreadsheetCount();
        for (int i = 0; i < calls; i++) {
            int from = 2000 + i % 25;
            org.modelcensus.functions.spreadsheet.FunctionResult direct =
                    count.call(from, from + i / 25, COUNTRIES[i % COUNTRIES.length]);
            JsonNode expected = JSON.readTree(FunctionJson.bytes(out -> FunctionJson.writeResult(out, direct), 128));
            assertEquals(expected, cold.get(i + 2), "call " + (i + 2));
        }
        assertTrue(api.registry(null, null).cachedResults() >= calls - 1, "the computed results are cached");
        assertEquals(cold, batch(api, body), "warm answers equal cold ones");
    }

    @Test
    void aFewUncachedCallsAreComputedWhileWriting() throws Exception {
        FunctionApi api = new FunctionApi(CatalogSource.fixed(TestData.CATALOG));
        JsonNode results = batch(api, body(FunctionApi.PARALLEL_MISSES - 10));
        assertEquals(FunctionApi.PARALLEL_MISSES - 7, results.size());
        assertEquals(new SpreadsheetCount().call(2024, 2024, "KR").value(),
                results.get(results.size() - 1).get("value").doubleValue());
    }

    /** COUNT called directly on the catalogue, without the API or its cache. */
    private static final class SpreadsheetCount {
        org.modelcensus.functions.spreadsheet.FunctionResult call(int from, int to, String country) {
            return TestData.CATALOG.find("COUNT").orElseThrow().call(List.of((double) from, (double) to, country));
        }
    }
}
