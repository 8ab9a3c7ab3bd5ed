package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.dataset.SampleData;

/** The web page at {@code /} and its script and style. */
class WebRoutesTest {
    private static final Datasets SAMPLE = new Datasets(SampleData.snapshot(), Datasets.NO_STORE);

    @Test
    void servesThePageItsScriptAndStyle() {
        JavalinTest.test(CensusServer.create(ServerConfig.defaults(), SAMPLE, new HeavyWork(1)), (server, client) -> {
            Response page = client.get("/");
            assertEquals(200, page.code());
            assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
            assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"));
            String html = page.body().string();
            assertTrue(html.contains("<title>Model Census</title>"), html);
            assertTrue(html.contains("<script src=\"/web/app.js\"></script>"), html);
            assertFalse(html.contains("http://") || html.contains("https://"), "no external resources");

            Response script = client.get("/web/app.js");
            assertEquals(200, script.code());
            assertTrue(script.header("Content-Type").startsWith("text/javascript"));
            String js = script.body().string();
            assertTrue(js.contains("/api/v1/reports"), "the script reads the editions");
            assertFalse(js.contains("innerHTML"), "data is inserted as text only");

            assertFalse(html.contains("vendor/"), "no chart library: the page draws its charts as SVG");
            Response charts = client.get("/web/charts.js");
            assertEquals(200, charts.code());
            String chartsJs = charts.body().string();
            assertTrue(chartsJs.contains("CensusCharts") && !chartsJs.contains("innerHTML"), "the charts, text inserted as text");
            Response settings = client.get("/web/page.json");
            assertEquals(200, settings.code());
            String json = settings.body().string();
            assertTrue(json.contains("\"store\":false") && json.contains("\"T1\":\"countries\"")
                    && json.contains("\"F2\":\"multimodal\""), "no store here, and each edition's table kinds: " + json);

            assertEquals(200, client.get("/web/style.css").code());
            assertEquals(404, client.get("/web/other.js").code());
        });
    }
}
