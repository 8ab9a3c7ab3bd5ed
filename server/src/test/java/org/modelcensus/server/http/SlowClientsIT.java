package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.modelcensus.server.cli.ServeProcess;

/**
 * The slow-client attack of issue 17 against {@code census serve}: 300 connections send a
 * {@code POST /api/v1/functions/CAGR} declaring 1,048,000 bytes at one byte a second and 250 more send
 * their headers at one byte a second, each reconnecting when the server drops it; meanwhile
 * {@code /health} must answer within 2 s every time it is asked.
 */
class SlowClientsIT {
    private static final int SLOW_BODIES = 300;
    private static final int SLOW_HEADERS = 250;
    private static final Duration ATTACK = Duration.ofSeconds(40);
    private static final long HEALTH_WITHIN_MILLIS = 2000;

    @Test
    void healthAnswersWithinTwoSecondsUnderSlowBodiesAndSlowHeaders() throws Exception {
        try (ServeProcess server = ServeProcess.start(List.of("-Xmx256m"))) {
            int port = Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1));
            List<Slow> attackers = new ArrayList<>();
            for (int i = 0; i < SLOW_BODIES; i++) {
                attackers.add(new Slow(port, "POST /api/v1/functions/CAGR HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 1048000\r\n\r\n{\"args\":[", '1'));
            }
            for (int i = 0; i < SLOW_HEADERS; i++) {
                attackers.add(new Slow(port, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", 'a'));
            }
            AtomicBoolean attacking = new AtomicBoolean(true);
            Thread drip = new Thread(() -> drip(attackers, attacking), "slow-drip");
            drip.setDaemon(true);
            drip.start();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            long end = System.nanoTime() + ATTACK.toNanos();
            long worst = 0;
            int probes = 0;
            List<String> failures = new ArrayList<>();
            try {
                Thread.sleep(3000); // every attacker connected and past its first bytes
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.base() + "/health"))
                                .timeout(Duration.ofMillis(HEALTH_WITHIN_MILLIS * 2)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        long millis = (System.nanoTime() - start) / 1_000_000;
                        worst = Math.max(worst, millis);
                        if (r.statusCode() != 200 || millis > HEALTH_WITHIN_MILLIS) {
                            failures.add(r.statusCode() + " after " + millis + " ms");
                        }
                    } catch (IOException e) {
                        failures.add(e + " after " + (System.nanoTime() - start) / 1_000_000 + " ms");
                    }
                    probes++;
                    Thread.sleep(250);
                }
            } finally {
                attacking.set(false);
                drip.join(10_000);
                attackers.forEach(Slow::close);
            }
            int reconnects = attackers.stream().mapToInt(s -> s.connections.get() - 1).sum();
            int bytes = attackers.stream().mapToInt(s -> s.sent.get()).sum();
            System.out.printf("slow clients: %d slow bodies + %d slow headers, %d reconnections after the server "
                    + "dropped them, %d bytes dripped; /health asked %d times, slowest %d ms, %d failures%n",
                    SLOW_BODIES, SLOW_HEADERS, reconnects, bytes, probes, worst, failures.size());
            assertTrue(failures.isEmpty(), failures.size() + " slow or failed /health answers: " + failures);
            assertTrue(probes > 50, "probes " + probes);
            assertTrue(server.log().lines().noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ")),
                    server.log());
            assertEquals(200, client.send(HttpRequest.newBuilder(URI.create(server.base() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    /** Every second, one more byte to every attacker; one the server closed connects again. */
    static void drip(List<Slow> attackers, AtomicBoolean attacking) {
        while (attacking.get()) {
            long start = System.nanoTime();
            for (Slow s : attackers) {
                s.dripOne();
            }
            long left = 1000 - (System.nanoTime() - start) / 1_000_000;
            try {
                Thread.sleep(Math.max(0, left));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One slow connection: sends its head, then one byte of {@code filler} per {@link #dripOne}. */
    static final class Slow {
        private final int port;
        private final String head;
        private final char filler;
        private final AtomicInteger connections = new AtomicInteger();
        private final AtomicInteger sent = new AtomicInteger();
        private Socket socket;

        Slow(int port, String head, char filler) {
            this.port = port;
            this.head = head;
            this.filler = filler;
            connect();
        }

        private void connect() {
            close();
            try {
                socket = new Socket(InetAddress.getLoopbackAddress(), port);
                socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                connections.incrementAndGet();
            } catch (IOException e) {
                socket = null;
            }
        }

        void dripOne() {
            try {
                if (socket == null || closedByServer()) {
                    connect();
                    return;
                }
                OutputStream out = socket.getOutputStream();
                out.write(filler);
                sent.incrementAndGet();
            } catch (IOException e) {
                connect();
            }
        }

        /** Whether the server answered (then it closes): a write to a closed socket fails soon after anyway. */
        private boolean closedByServer() throws IOException {
            return socket.getInputStream().available() > 0;
        }

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a socket the server already dropped
                }
            }
        }
    }
}
