package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.dataset.SyntheticSnapshot;
import org.modelcensus.server.evaluate.EvaluateRoutes;
import org.modelcensus.server.functions.CatalogSource;
import org.modelcensus.server.functions.FunctionRoutes;
import org.modelcensus.server.store.SnapshotRoutes;
import org.modelcensus.server.store.SnapshotStore;

/**
 * Attacks on the request body and on Jetty's parser, over raw loopback sockets against a real
 * server: each must get a 4xx JSON error {@code {"error", "message"}} without a stack trace, and the
 * server must still answer {@code /health} afterwards.
 */
class HostileRequestsIT {
    static final String TOKEN = "hostile-requests-token";
    static final int REQUEST_LIMIT = 64 * 1024;
    static final int UPLOAD_LIMIT = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path storeDir;
    private static Javalin app;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        app = start(storeDir);
        http = new RawHttp(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @AfterEach
    void serverStillAnswersHealth() throws IOException {
        assertStillHealthy(http);
    }

    /** The served app of {@code census serve --store dir} with small limits, on 127.0.0.1 and a free port. */
    static Javalin start(Path store) {
        ServerConfig config = ServerConfig.defaults().withPort(0).withStore(store).withToken(TOKEN)
                .withLimits(REQUEST_LIMIT, UPLOAD_LIMIT, 1);
        Datasets datasets = new Datasets(SampleData.snapshot(), Datasets.NO_STORE);
        HeavyWork heavy = new HeavyWork(1);
        return CensusServer.create(config, datasets, heavy, new SnapshotRoutes(SnapshotStore.open(store, UPLOAD_LIMIT / 2)),
                new FunctionRoutes(CatalogSource.of(datasets)), new EvaluateRoutes(CatalogSource.of(datasets), heavy))
                .start("127.0.0.1", 0);
    }

    @Test
    void aHundredMegabyteChunkedBodyOnAnOpenRouteGets413WithoutBeingRead() throws Exception {
        AtomicLong sent = new AtomicLong();
        long started = System.nanoTime();
        RawHttp.Response r = http.sendChunkedStream(head("POST /api/v1/functions:batch", "Transfer-Encoding: chunked"),
                100L << 20, sent);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertJsonError(r, 413);
        assertTrue(millis < 10_000, "answered after " + millis + " ms");
        // Socket buffers on loopback hold a few MiB; anything near 100 MiB means the server read it all.
        assertTrue(sent.get() < 32L << 20, "the client sent " + sent.get() + " bytes before the 413");
    }

    @Test
    void aChunkedBodyOneBytePastTheLimitGets413() throws IOException {
        assertJsonError(http.send(chunked("POST /api/v1/functions/COUNT", "", new byte[REQUEST_LIMIT + 1])), 413);
    }

    @Test
    void aChunkedJsonImportPastTheRequestLimitGets413() throws IOException {
        // No "url" field: were the body read to its end, the answer would be a 400 and nothing fetched.
        byte[] body = ("{\"padding\": \"" + "a".repeat(REQUEST_LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertJsonError(http.send(chunked("POST /api/v1/snapshots", "Authorization: Bearer " + TOKEN + "\r\n"
                + "Content-Type: application/json\r\n", body)), 413);
    }

    @Test
    void aChunkedMultipartUploadPastTheUploadLimitGets413() throws IOException {
        byte[] body = multipart("epoch.csv", new byte[UPLOAD_LIMIT + 1]);
        assertJsonError(http.send(chunked("POST /api/v1/snapshots", "Authorization: Bearer " + TOKEN + "\r\n"
                + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n", body)), 413);
    }

    @Test
    void aChunkedEvaluationPastItsLimitGets413() throws IOException {
        assertJsonError(http.send(chunked("POST /api/v1/evaluate", "", new byte[UPLOAD_LIMIT + 1])), 413);
    }

    @Test
    void aMalformedChunkSizeGets400() throws IOException {
        assertJsonError(http.send(head("POST /api/v1/functions:batch", "Transfer-Encoding: chunked")
                + "zz\r\n{\"calls\":[]}\r\n0\r\n\r\n"), 400);
    }

    @Test
    void aChunkedBodyThatEndsMidChunkGets400() throws IOException {
        assertJsonError(http.send(head("POST /api/v1/functions:batch", "Transfer-Encoding: chunked")
                + "400\r\n{\"calls\":[]}"), 400);
    }

    @Test
    void aContentLengthLongerThanTheBodyGets400() throws IOException {
        assertJsonError(http.send(head("POST /api/v1/functions:batch", "Content-Length: 1000")
                + "{\"calls\":[]}"), 400);
    }

    @Test
    void aMultipartBodyWithoutItsBoundaryGets400() throws IOException {
        String body = "this is not multipart at all\r\n";
        assertJsonError(http.send(head("POST /api/v1/snapshots", "Authorization: Bearer " + TOKEN + "\r\n"
                + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
                + "Content-Length: " + body.length()) + body), 400);
    }

    @Test
    void aMultipartBodyCutShortGets400() throws IOException {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"e.csv\"\r\n\r\nname,";
        assertJsonError(http.send(head("POST /api/v1/snapshots", "Authorization: Bearer " + TOKEN + "\r\n"
                + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
                + "Content-Length: " + body.length()) + body), 400);
    }

    @Test
    void aHeaderTooLargeGetsJson431() throws IOException {
        assertJsonError(http.send(head("GET /health", "X-Filler: " + "x".repeat(64 * 1024))), 431);
    }

    @Test
    void aUriTooLongGetsJson414() throws IOException {
        assertJsonError(http.send(head("GET /api/v1/functions?x=" + "y".repeat(64 * 1024), "")), 414);
    }

    @Test
    void aBadPercentEncodingInThePathGetsJson400() throws IOException {
        assertJsonError(http.send(head("GET /api/v1/%zz", "")), 400);
    }

    @Test
    void aNonNumericContentLengthGetsJson400() throws IOException {
        assertJsonError(http.send(head("POST /api/v1/functions:batch", "Content-Length: lots") + "{}"), 400);
    }

    @Test
    void aGarbledRequestLineGetsJson400() throws IOException {
        assertJsonError(http.send("GET\u0001/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void aFullDiskOnUploadGets507AndKeepsNoMetadata(@TempDir Path tmp) throws Exception {
        Path store = Files.createDirectories(tmp.resolve("store"));
        TinyDisk.mount(store, "1m");
        try {
            Javalin full = start(store);
            try {
                RawHttp fullHttp = new RawHttp(full.port());
                assertEquals(201, fullHttp.send(upload(csv(3))).status());
                Set<String> before = TinyDisk.files(store);
                TinyDisk.fill(store, 16 * 1024);
                assertJsonError(fullHttp.send(upload(csv(600))), 507);
                TinyDisk.unfill(store);
                assertEquals(before, TinyDisk.files(store), "files after the failed upload");
                assertStillHealthy(fullHttp);
            } finally {
                full.stop();
            }
        } finally {
            TinyDisk.unmount(store);
        }
    }

    /** A snapshot upload request carrying {@code csv}, with the token. */
    static byte[] upload(byte[] csv) {
        byte[] body = multipart("epoch.csv", csv);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head("POST /api/v1/snapshots", "Authorization: Bearer " + TOKEN + "\r\n"
                + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
                + "Content-Length: " + body.length).getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static final String BOUNDARY = "census-boundary-7f3a";

    /** A request head for {@code requestLine}, one extra header (may be empty), ending the head. */
    static String head(String requestLine, String header) {
        return requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + (header.isEmpty() ? "" : header.endsWith("\r\n") ? header : header + "\r\n") + "\r\n";
    }

    /** A whole request with {@code body} as one chunk after headers {@code extra} (each ending in CRLF). */
    static byte[] chunked(String requestLine, String extra, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head(requestLine, extra + "Transfer-Encoding: chunked\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        out.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** A multipart/form-data body with {@code content} as the field {@code file}. */
    static byte[] multipart(String filename, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** A generated Epoch CSV of {@code rows} rows. */
    static byte[] csv(int rows) {
        return SyntheticSnapshot.generate(rows, 7);
    }

    /** The documented error shape: status, JSON {@code {"error", "message"}}, nothing of a stack trace. */
    static JsonNode assertJsonError(RawHttp.Response r, int status) throws IOException {
        assertEquals(status, r.status(), "status; body: " + r.body());
        assertTrue(String.valueOf(r.header("Content-Type")).startsWith("application/json"), r.header("Content-Type"));
        assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(ApiErrors.code(status), body.path("error").asText(), r.body());
        assertTrue(body.path("message").isTextual(), r.body());
        assertFalse(body.get("message").asText().isBlank(), r.body());
        return body;
    }

    static void assertStillHealthy(RawHttp http) throws IOException {
        RawHttp.Response r = http.send(head("GET /health", ""));
        assertEquals(200, r.status(), r.body());
        assertEquals("ok", JSON.readTree(r.body()).get("status").asText());
    }
}
