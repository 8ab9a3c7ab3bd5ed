package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.server.cli.ServeProcess;

/**
 * The status and message of what goes wrong with a request body, over a real server: each malformed
 * body names its own cause, a refused (413) body closes the connection instead of being drained, and a
 * full disk at any stage of an upload is a 507 with a line in the log.
 */
class BodyStatusIT {
    @TempDir
    static Path storeDir;
    private static Javalin app;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        app = HostileRequestsIT.start(storeDir);
        http = new RawHttp(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void aBadChunkSizeSaysSo() throws IOException {
        JsonNode e = HostileRequestsIT.assertJsonError(http.send(HostileRequestsIT.head("POST /api/v1/functions:batch",
                "Transfer-Encoding: chunked") + "zz\r\n{\"calls\":[]}\r\n0\r\n\r\n"), 400);
        assertTrue(e.get("message").asText().contains("chunk"), e.toString());
        assertTrue(!e.get("message").asText().contains("ended early"), e.toString());
    }

    @Test
    void aBodyShorterThanItsContentLengthSaysSoAtOnce() throws IOException {
        long start = System.nanoTime();
        JsonNode e = HostileRequestsIT.assertJsonError(http.send(HostileRequestsIT.head("POST /api/v1/functions:batch",
                "Content-Length: 1000") + "{\"calls\":[]}"), 400);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(e.get("message").asText().contains("Content-Length"), e.toString());
        assertTrue(!e.get("message").asText().contains("chunked"), e.toString());
        assertTrue(millis < 5000, "answered after " + millis + " ms");
    }

    @Test
    void aBodyThatStopsArrivingIs408WithinTheIdleTimeout() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), app.port())) {
            socket.setSoTimeout((int) ClientLimits.IDLE_TIMEOUT.toMillis() * 2);
            long start = System.nanoTime();
            socket.getOutputStream().write(("POST /api/v1/functions:batch HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"calls\":[]}").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("stopped arriving") || answer.contains("slower than"), answer);
            assertTrue(millis < ClientLimits.IDLE_TIMEOUT.toMillis() + 5000, "answered after " + millis + " ms");
        }
    }

    @Test
    void aRefusedChunkedBodyClosesTheConnection() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), app.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            // Keep-alive: only the server's decision can end this connection.
            out.write(("POST /api/v1/functions:batch HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            long sent = 0;
            InputStream in = socket.getInputStream();
            try {
                while (sent < (256L << 20)) {
                    out.write(size);
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    sent += chunk.length;
                }
            } catch (IOException closed) {
                // What the test wants: the server stopped reading and closed.
            }
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            System.out.printf("refused chunked body: %d bytes sent before the server closed%n", sent);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("connection: close"), answer);
            assertTrue(sent < 32L << 20, "the server drained " + sent + " bytes of a refused body");
        }
    }

    @Test
    void aFullDiskWhileSpoolingAnUploadIs507WithALogLine(@TempDir Path tmp) throws Exception {
        Path store = Files.createDirectories(tmp.resolve("store"));
        TinyDisk.mount(store, "8m");
        try (ServeProcess server = ServeProcess.start(List.of("-Xmx512m"), "--store", store.toString(), "--token-file",
                Files.writeString(tmp.resolve("token"), HostileRequestsIT.TOKEN).toString())) {
            TinyDisk.fill(store, 256 * 1024);
            // Over the 1 MiB kept in memory, the part is spooled to the store's disk: it fails there.
            byte[] csv = HostileRequestsIT.csv(6000);
            assertTrue(csv.length > 2 << 20, "bytes " + csv.length);
            RawHttp.Response r = new RawHttp(port(server)).send(upload(csv));
            JsonNode e = HostileRequestsIT.assertJsonError(r, 507);
            assertTrue(e.get("message").asText().contains("disk"), e.toString());
            Thread.sleep(300);
            assertTrue(server.log().lines().anyMatch(l -> l.contains("WARN") && l.contains("507")), server.log());
            TinyDisk.unfill(store);
            // The same upload with room stores it: the 507 left nothing behind that stands in the way.
            assertEquals(201, new RawHttp(port(server)).send(upload(csv)).status());
        } finally {
            TinyDisk.unmount(store);
        }
    }

    private static int port(ServeProcess server) {
        return Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1));
    }

    private static byte[] upload(byte[] csv) {
        return HostileRequestsIT.upload(csv);
    }
}
