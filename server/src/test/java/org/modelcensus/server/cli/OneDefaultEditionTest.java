package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.server.http.CensusServer;
import org.modelcensus.server.http.Datasets;
import org.modelcensus.server.http.HeavyWork;
import org.modelcensus.server.http.ServerConfig;

/**
 * One edition default, {@link Edition#defaultEdition()}, wherever no edition is named: the command line,
 * {@code /api/v1/reports}, the downloads, the drift route, the web page and the add-in (which read it from
 * {@code /api/v1/reports} instead of naming one).
 */
class OneDefaultEditionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFAULT = Edition.defaultEdition().id();

    @Test
    void theCommandLineUsesTheDefault() {
        Cli tables = Cli.run("tables", "--format", "csv");
        Matcher m = Pattern.compile("edition=(\\S+)").matcher(tables.out());
        assertTrue(m.find(), tables.out());
        assertEquals(DEFAULT, m.group(1));
    }

    @Test
    void everyRouteUsesTheDefault() {
        Datasets datasets = new Datasets(SampleData.snapshot(), Datasets.NO_STORE);
        String sha = datasets.defaultSnapshot().provenance().sha256();
        JavalinTest.test(CensusServer.create(ServerConfig.defaults().withPort(0), datasets, new HeavyWork(1)),
                (server, client) -> {
                    assertEquals(DEFAULT, JSON.readTree(client.get("/api/v1/reports").body().string()).get("default").asText());
                    assertEquals(DEFAULT, JSON.readTree(client.get("/api/v1/snapshots/" + sha + "/drift/" + sha)
                            .body().string()).get("edition").asText());
                    String longTable = client.get("/api/v1/snapshots/" + sha + "/long/Tasks.csv").body().string();
                    assertEquals(client.get("/api/v1/snapshots/" + sha + "/long/Tasks.csv?report=" + DEFAULT).body().string(),
                            longTable);
                    assertFalse(longTable.equals(client.get("/api/v1/snapshots/" + sha + "/long/Tasks.csv?report=spri-2024")
                            .body().string()) && !DEFAULT.equals("spri-2024"), "the long table depends on the edition");
                });
    }

    @Test
    void theWebPageAndTheAddInNameNoEditionOfTheirOwn() throws IOException {
        for (String page : new String[] {"/web/app.js", "/web/charts.js", "/web/index.html", "/addin/taskpane.html",
                "/addin/taskpane.js", "/addin/functions.js"}) {
            try (InputStream in = OneDefaultEditionTest.class.getResourceAsStream(page)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertFalse(Pattern.compile("spri-20\\d\\d").matcher(text).find(), page + " names an edition");
            }
        }
    }
}
