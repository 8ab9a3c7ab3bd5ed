package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.dataset.SyntheticSnapshot;
import org.modelcensus.server.cli.ServeProcess;

/**
 * The attack run of issue 17 in one test, against {@code census serve --store}: slow bodies and slow
 * headers, hostile bodies, ordinary and heavy reads and snapshot uploads all at once, then SIGTERM in the
 * middle of it and a restart on the same store. It counts what the closing note quotes: requests
 * sent, 5xx other than 503, stack traces in answers and in the log, and acknowledged snapshots lost.
 */
class AttackRunIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WORKERS = 6;
    private static final long ATTACK_MILLIS = 30_000;

    private final AtomicLong requests = new AtomicLong();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger tracesInBodies = new AtomicInteger();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    @Test
    void theServerHoldsAndLosesNoAcknowledgedSnapshot(@TempDir Path dir) throws Exception {
        Path store = Files.createDirectories(dir.resolve("store"));
        Path token = Files.writeString(dir.resolve("token"), HostileRequestsIT.TOKEN);
        String log;
        try (ServeProcess server = ServeProcess.start(List.of("-Xmx512m"), "--store", store.toString(), "--token-file",
                token.toString())) {
            int port = port(server);
            List<SlowClientsIT.Slow> slow = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                slow.add(new SlowClientsIT.Slow(port, "POST /api/v1/functions/CAGR HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 1048000\r\n\r\n{\"args\":[", '1'));
            }
            for (int i = 0; i < 250; i++) {
                slow.add(new SlowClientsIT.Slow(port, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", 'a'));
            }
            AtomicBoolean attacking = new AtomicBoolean(true);
            Thread drip = new Thread(() -> SlowClientsIT.drip(slow, attacking), "attack-drip");
            drip.setDaemon(true);
            drip.start();
            ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
            AtomicInteger seed = new AtomicInteger(1000);
            for (int w = 0; w < WORKERS; w++) {
                int kind = w;
                workers.submit(() -> attack(port, kind, attacking, seed));
            }
            Thread.sleep(ATTACK_MILLIS);
            server.terminate(); // SIGTERM while everything above goes on
            boolean exited = server.waitFor(45);
            attacking.set(false);
            workers.shutdown();
            workers.awaitTermination(60, TimeUnit.SECONDS);
            drip.join(5000);
            slow.forEach(SlowClientsIT.Slow::close);
            assertTrue(exited, "the server exits within its graceful stop");
            log = server.log();
        }
        Set<String> stored;
        try (ServeProcess again = ServeProcess.start(List.of("-Xmx512m"), "--store", store.toString())) {
            RawHttp.Response list = new RawHttp(port(again)).send(HostileRequestsIT.head("GET /api/v1/snapshots", ""));
            stored = ConcurrentHashMap.newKeySet();
            for (JsonNode s : JSON.readTree(list.body()).get("snapshots")) {
                stored.add(s.get("id").asText());
            }
        }
        Set<String> lost = new java.util.TreeSet<>(acknowledged);
        lost.removeAll(stored);
        long fiveHundreds = statuses.entrySet().stream().filter(e -> e.getKey() >= 500 && e.getKey() != 503)
                .mapToLong(e -> e.getValue().get()).sum();
        long tracesInLog = log.lines().filter(l -> l.startsWith("\tat ") || l.contains("Exception")).count();
        Map<Integer, Integer> histogram = new TreeMap<>();
        statuses.forEach((k, v) -> histogram.put(k, v.get()));
        int unanswered = histogram.getOrDefault(-1, 0);
        System.out.printf("attack run: %d requests (+550 slow connections), %d answered, %d refused or unanswered "
                + "(the server stopping after SIGTERM: -1); statuses %s; 5xx other than 503: %d; stack traces in "
                + "answers: %d, in the log: %d; %d snapshots acknowledged, %d lost%n", requests.get(),
                requests.get() - unanswered, unanswered, histogram, fiveHundreds, tracesInBodies.get(), tracesInLog,
                acknowledged.size(), lost.size());
        assertEquals(0, fiveHundreds, "5xx other than 503: " + histogram);
        assertEquals(0, tracesInBodies.get());
        assertEquals(0, tracesInLog, log);
        assertTrue(acknowledged.size() > 3, "uploads acknowledged: " + acknowledged.size());
        assertEquals(Set.of(), lost, "acknowledged snapshots lost");
    }

    /** One worker's loop: each kind of worker sends its own mix until the attack ends or the server is gone. */
    private void attack(int port, int kind, AtomicBoolean attacking, AtomicInteger seed) {
        RawHttp http = new RawHttp(port);
        int i = 0;
        while (attacking.get()) {
            byte[] request = switch (kind) {
                case 0, 1 -> upload(SyntheticSnapshot.generate(40, seed.incrementAndGet()));
                case 2 -> hostile(i);
                case 3 -> ascii(HostileRequestsIT.head("GET /api/v1/reports/spri-2024/workbook.xlsx", ""));
                default -> ascii(HostileRequestsIT.head(List.of("GET /health", "GET /api/v1/reports/spri-2024/tables/T1.csv",
                        "GET /api/v1/reports/spri-2025/check.json", "GET /api/v1/snapshots", "GET /",
                        "GET /addin/taskpane.html").get(i % 6), ""));
            };
            i++;
            try {
                requests.incrementAndGet();
                RawHttp.Response r = http.send(request);
                statuses.computeIfAbsent(r.status(), s -> new AtomicInteger()).incrementAndGet();
                if (r.body().contains("\tat ") || r.body().contains("Exception")) {
                    tracesInBodies.incrementAndGet();
                }
                if ((kind == 0 || kind == 1) && (r.status() == 201 || r.status() == 200)) {
                    acknowledged.add(JSON.readTree(r.body()).get("id").asText());
                }
            } catch (IOException refusedOrReset) {
                // The server stopping: no answer is no acknowledgement.
                statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
            }
        }
    }

    private static byte[] hostile(int i) {
        String batch = "POST /api/v1/functions:batch";
        return switch (i % 8) {
            case 0 -> ascii(HostileRequestsIT.head(batch, "Transfer-Encoding: chunked") + "zz\r\n{}\r\n0\r\n\r\n");
            case 1 -> ascii(HostileRequestsIT.head(batch, "Content-Length: 1000") + "{\"calls\":[]}");
            case 2 -> HostileRequestsIT.chunked(batch, "", new byte[(1 << 20) + 1]);
            case 3 -> ascii(HostileRequestsIT.head("GET /api/v1/%zz", ""));
            case 4 -> ascii(HostileRequestsIT.head("GET /health", "X-Filler: " + "x".repeat(20_000)));
            case 5 -> ascii(HostileRequestsIT.head("GET /api/v1/reports/spri-2024/tables/T1.csv?snapshot=%20", ""));
            case 6 -> upload(OddInputsIT.longNameCsv());
            default -> ascii(HostileRequestsIT.head("POST /api/v1/snapshots", "Authorization: Bearer "
                    + HostileRequestsIT.TOKEN + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 5")
                    + "nope!");
        };
    }

    private static byte[] upload(byte[] csv) {
        return HostileRequestsIT.upload(csv);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int port(ServeProcess server) {
        return Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1));
    }
}
