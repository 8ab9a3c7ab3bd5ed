package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelcensus.server.cli.ServeProcess;

/**
 * Headers of {@code census serve}'s answers: nosniff and a referrer policy on every one, from the web
 * page to Jetty's own 431; a strict Content-Security-Policy on the add-in's task pane; and a snapshot
 * id of spaces is no snapshot (404), not the default one.
 */
class ResponseHeadersIT {
    private static ServeProcess server;
    private static RawHttp http;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = ServeProcess.start(List.of("-Xmx256m"));
        http = new RawHttp(Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/health", "/web/app.js", "/addin/taskpane.html", "/api/v1/reports/spri-2024/tables/T1.csv",
        "/api/v1/reports/no-such-edition/tables/T1.csv", "/api/v1/functions"})
    void everyAnswerSaysNosniffAndNoReferrer(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(null), path);
    }

    @Test
    void jettysOwnErrorsSayNosniffToo() throws IOException {
        RawHttp.Response r = http.send(HostileRequestsIT.head("GET /health", "X-Filler: " + "x".repeat(64 * 1024)));
        assertEquals(431, r.status());
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
    }

    @Test
    void theTaskPaneHasAPolicyAsStrictAsTheWebPages() throws Exception {
        HttpResponse<String> r = get(SecurityHeaders.TASKPANE);
        String csp = r.headers().firstValue("Content-Security-Policy").orElse(null);
        assertNotNull(csp, "the task pane's Content-Security-Policy");
        assertFalse(csp.contains("unsafe"), csp);
        assertTrue(csp.contains("object-src 'none'") && csp.contains("base-uri 'none'"), csp);
        assertTrue(csp.contains("frame-ancestors 'self' https://*.officeapps.live.com"), csp);
        // Every inline script and style of the page is allowed by its hash, so the pane still works.
        int inline = r.body().split("<script>", -1).length - 1 + r.body().split("<style>", -1).length - 1;
        assertEquals(inline, csp.split("'sha256-", -1).length - 1, csp);
        assertEquals(SecurityHeaders.taskpaneCsp(r.body()), csp);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%20", "%20%20%20", "%09"})
    void aBlankSnapshotIdIsNotFound(String id) throws Exception {
        for (String path : List.of("/api/v1/reports/spri-2024/tables/T1.csv?snapshot=" + id,
                "/api/v1/reports/spri-2024/check.json?snapshot=" + id, "/api/v1/snapshots/" + id + "/long/Countries.csv")) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path + " " + r.body());
            assertTrue(r.body().contains("\"not_found\""), r.body());
        }
        assertEquals(200, get("/api/v1/reports/spri-2024/tables/T1.csv?snapshot=").statusCode(), "empty: the default");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.base() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
