package org.modelcensus.server.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.spreadsheet.FunctionCatalog;
import org.modelcensus.server.http.CensusServer;
import org.modelcensus.server.http.Datasets;
import org.modelcensus.server.http.HeavyWork;
import org.modelcensus.server.http.ServerConfig;

/** The functions as `serve` wires them: over the server's datasets, open to POST without a token. */
class ServedFunctionsTest {
    private static final MediaType JSON = MediaType.get("application/json");

    @Test
    void functionCallsNeedNoTokenAndFollowTheRequestedEdition() {
        Datasets datasets = new Datasets(SampleData.snapshot(), Datasets.NO_STORE);
        var app = CensusServer.create(ServerConfig.defaults().withToken("a-token-of-sixteen-chars"), datasets,
                new HeavyWork(1), new FunctionRoutes(CatalogSource.of(datasets)));
        JavalinTest.test(app, (server, client) -> {
            String body = "{\"args\":[2020,2023]}";
            var r = client.request(new Request.Builder().url(client.getOrigin() + "/api/v1/functions/COUNT?edition=spri-2024")
                    .post(RequestBody.create(body, JSON)).build());
            Object expected = FunctionCatalog.of(NormalizedDataset.of(SampleData.snapshot(), Edition.of("spri-2024")))
                    .find("COUNT").orElseThrow().call(List.of(2020, 2023)).value();
            assertEquals(200, r.code());
            String text = r.body().string();
            assertTrue(text.contains("\"value\":" + ((Number) expected).longValue()), text);
            var unknown = client.request(new Request.Builder()
                    .url(client.getOrigin() + "/api/v1/functions/COUNT?snapshot=" + "0".repeat(64))
                    .post(RequestBody.create(body, JSON)).build());
            assertEquals(404, unknown.code());
        });
    }
}
