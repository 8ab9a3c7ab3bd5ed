package org.modelcensus.functions.dataset;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link EpochCsv#read(URI)} against a real HTTP server on an ephemeral loopback port. */
class EpochCsvDownloadIT {
    private static final byte[] CSV = (EpochCsvTest.HEADER_2025 + EpochCsvTest.ROW
            + "\"HyperCLOVA X\",Language,Chat,NAVER,2023-08-24,Korea (Republic of),Industry\n").getBytes(UTF_8);

    private final CountDownLatch release = new CountDownLatch(1);
    private ExecutorService threads;
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/epoch.csv", exchange -> send(exchange, 200, CSV));
        server.createContext("/broken.csv", exchange -> send(exchange, 200,
                (EpochCsvTest.HEADER_2025 + "\"GPT-5,Language\n").getBytes(UTF_8)));
        server.createContext("/stalls.csv", this::sendHalfThenStall);
        server.createContext("/chunked.csv", exchange -> send(exchange, 200, CSV, 0));
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
        threads.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void readsASnapshotFromAnHttpUrlWithItsProvenance() throws Exception {
        URI url = url("/epoch.csv");
        Snapshot s = EpochCsv.read(url);
        assertEquals(2, s.provenance().rows());
        assertEquals("2025", s.provenance().generation());
        assertEquals(url.toString(), s.provenance().source());
        assertEquals(EpochCsvTest.sha256(CSV), s.provenance().sha256());
        assertEquals("HyperCLOVA X", s.models().get(1).name());
        assertEquals(s.models(), EpochCsv.read(url.toString()).models());
    }

    @Test
    void readsABodySentWithoutAContentLength() {
        assertEquals(2, EpochCsv.read(url("/chunked.csv")).provenance().rows());
    }

    @Test
    void reportsANotFoundUrlAsBadInput() {
        URI url = url("/missing.csv");
        BadInputException e = assertThrows(BadInputException.class, () -> EpochCsv.read(url));
        assertEquals(url + ": the server answered HTTP 404 instead of 200 OK", e.getMessage());
    }

    @Test
    void locatesASyntaxErrorInADownloadedFileUnderItsUrl() {
        URI url = url("/broken.csv");
        BadInputException e = assertThrows(BadInputException.class, () -> EpochCsv.read(url));
        assertEquals(url.toString(), e.source());
        assertEquals("2:1", e.line() + ":" + e.column());
    }

    @Test
    void reportsAServerThatIsNotListening() throws Exception {
        URI url = url("/epoch.csv");
        server.stop(0);
        BadInputException e = assertThrows(BadInputException.class, () -> EpochCsv.read(url));
        assertEquals("cannot download: no connection to " + url.getAuthority() + " (unknown host, or nothing "
                + "listening)", e.problem());
    }

    @Test
    void stopsADownloadWhoseBodyStallsAtTheTimeLimit() {
        BadInputException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                BadInputException.class, () -> Download.fetch(url("/stalls.csv"), 1000, Duration.ofSeconds(1))));
        assertEquals("the download did not finish in time", e.problem());
    }

    @Test
    void rejectsADownloadOverTheSizeLimit() {
        BadInputException declared = assertThrows(BadInputException.class,
                () -> Download.fetch(url("/epoch.csv"), CSV.length - 1, Duration.ofSeconds(10)));
        assertEquals("the file is " + CSV.length + " bytes; the limit is " + (CSV.length - 1), declared.problem());
        BadInputException streamed = assertThrows(BadInputException.class,
                () -> Download.fetch(url("/chunked.csv"), CSV.length - 1, Duration.ofSeconds(10)));
        assertEquals("the download exceeds the limit of " + (CSV.length - 1) + " bytes", streamed.problem());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        send(exchange, status, body, body.length);
    }

    /** {@code length} 0 means chunked, without a Content-Length header. */
    private static void send(HttpExchange exchange, int status, byte[] body, long length) throws IOException {
        exchange.sendResponseHeaders(status, length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void sendHalfThenStall(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, CSV.length);
        OutputStream out = exchange.getResponseBody();
        out.write(CSV, 0, CSV.length / 2);
        out.flush();
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.close();
    }
}
