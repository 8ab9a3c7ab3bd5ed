package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.server.cli.ServeProcess;

/**
 * The workbook flood of bench/load.sh against {@code census serve} with the launcher's heap and 2
 * heavy jobs: 96 requests, 32 at once, for 8 distinct workbooks (4 stored snapshots x 2 editions).
 * Every answer is 200 or 503, and at least half are 200.
 */
class WorkbookFloodIT {
    private static final String TOKEN = "workbook-flood-token-0123456789";
    private static final int REQUESTS = 96;
    private static final int AT_ONCE = 32;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Flood flood = new Flood(Duration.ofSeconds(120));

    @Test
    void identicalRequestsShareWorkAndMostAreAnswered() throws Exception {
        Path token = Files.writeString(root.resolve("token"), TOKEN);
        try (ServeProcess server = ServeProcess.start(List.of("-Xmx512m"), "--store", root.resolve("store").toString(),
                "--token-file", token.toString(), "--heavy-jobs", "2")) {
            List<String> ids = snapshots(server);
            List<String> urls = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                urls.add(server.base() + "/api/v1/reports/" + (i % 2 == 0 ? "spri-2024" : "spri-2025")
                        + "/workbook.xlsx?snapshot=" + ids.get((i / 2) % ids.size()));
            }
            long start = System.nanoTime();
            Map<Integer, Integer> codes = flood.statuses(urls, AT_ONCE);
            System.out.printf("workbook flood: %d requests, %d at once, 8 distinct, %.1f s: %s%n", REQUESTS, AT_ONCE,
                    (System.nanoTime() - start) / 1e9, codes);
            assertTrue(codes.keySet().stream().allMatch(c -> c == 200 || c == 503), codes.toString());
            assertTrue(codes.getOrDefault(200, 0) * 2 >= REQUESTS, "at least half answered 200: " + codes);
            assertEquals(200, flood.get(urls.get(0)), "a request after the flood");
        }
    }

    /** The two real snapshots and byte-different copies (a trailing blank line): 4 ids. */
    private List<String> snapshots(ServeProcess server) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String name : List.of(RealSnapshots.MAY_2025, RealSnapshots.JULY_2024)) {
            byte[] csv = Files.readAllBytes(RealSnapshots.path(name));
            for (byte[] bytes : List.of(csv, (new String(csv, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8))) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.base()
                        + "/api/v1/snapshots")).header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "multipart/form-data; boundary=" + ServeProcess.BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(ServeProcess.multipart(name, bytes))).build(),
                        HttpResponse.BodyHandlers.ofString());
                ids.add(JSON.readTree(r.body()).get("id").asText());
            }
        }
        return ids;
    }

}
