package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.RealSnapshots;

/**
 * {@code census serve} in its own JVM on a real port over the CSV Epoch publishes today: the
 * missing optional field is announced in a response header and the 2020-2025 edition's tables are
 * served; SIGTERM stops it.
 */
class ServeTodaysSnapshotIT {
    @Test
    void servesTheNextEditionFromTodaysSnapshot() throws Exception {
        String today = RealSnapshots.path(RealSnapshots.FEB_2026).toString();
        try (ServeProcess server = ServeProcess.start(List.of("-Xmx512m"), "--data", today)) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

            HttpResponse<String> reports = get(client, server.base() + "/api/v1/reports");
            assertEquals(200, reports.statusCode());
            assertEquals("Organization categorization (from Organization)",
                    reports.headers().firstValue("X-Census-Missing-Fields").orElse(""));
            assertEquals("2026", reports.headers().firstValue("X-Census-Schema").orElse(""));
            assertTrue(reports.body().contains("\"spri-2026\""), reports.body());

            HttpResponse<String> f1 = get(client, server.base() + "/api/v1/reports/spri-2026/tables/F1.csv");
            assertEquals(200, f1.statusCode());
            List<String> lines = f1.body().lines().toList();
            assertEquals("row,2020,2021,2022,2023,2024,2025,계,2020-2025", lines.get(0).replace("\uFEFF", ""));
            assertEquals("모델 수,2,10,30,121,168,153,484,", lines.get(1));

            server.terminate();
            assertTrue(server.waitFor(40), "serve stops on SIGTERM");
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
