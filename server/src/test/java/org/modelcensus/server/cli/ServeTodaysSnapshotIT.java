package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.RealSnapshots;

/**
 * {@code census serve} in its own JVM on a real port over the CSV Epoch publishes today: the
 * missing optional field is announced in a response header and the 2020-2025 edition's tables are
 * served; SIGTERM stops it.
 */
class ServeTodaysSnapshotIT {
    private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)/");

    @Test
    void servesTheNextEditionFromTodaysSnapshot() throws Exception {
        Path today = RealSnapshots.path(RealSnapshots.FEB_2026);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process server = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Census.class.getName(), "serve", "--port", "0", "--data", today.toString())
                .redirectErrorStream(true).start();
        try {
            String base = "http://127.0.0.1:" + port(server);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

            HttpResponse<String> reports = get(client, base + "/api/v1/reports");
            assertEquals(200, reports.statusCode());
            assertEquals("Organization categorization (from Organization)",
                    reports.headers().firstValue("X-Census-Missing-Fields").orElse(""));
            assertEquals("2026", reports.headers().firstValue("X-Census-Schema").orElse(""));
            assertTrue(reports.body().contains("\"spri-2026\""), reports.body());

            HttpResponse<String> f1 = get(client, base + "/api/v1/reports/spri-2026/tables/F1.csv");
            assertEquals(200, f1.statusCode());
            List<String> lines = f1.body().lines().toList();
            assertEquals("row,2020,2021,2022,2023,2024,2025,계,2020-2025", lines.get(0).replace("\uFEFF", ""));
            assertEquals("모델 수,2,10,30,121,168,153,484,", lines.get(1));
        } finally {
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The port the server prints once it listens (within a minute: the JVM starts and reads the CSV first). */
    private static int port(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        drain(out);
                        return Integer.parseInt(m.group(1));
                    }
                    seen.append(line).append('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new IllegalStateException("serve exited before listening:\n" + seen);
        });
        return port.get(60, TimeUnit.SECONDS);
    }

    /** Keeps reading the server's log so that a full pipe never blocks it. */
    private static void drain(BufferedReader out) {
        Thread t = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (IOException e) {
                // the server has stopped
            }
        }, "serve-log-drain");
        t.setDaemon(true);
        t.start();
    }
}
