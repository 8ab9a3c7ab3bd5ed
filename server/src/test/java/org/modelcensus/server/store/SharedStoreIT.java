package org.modelcensus.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.dataset.SyntheticSnapshot;
import org.modelcensus.server.cli.ServeProcess;

/**
 * Two {@code census serve} processes on one store, as replicas behind a proxy: a replica starting
 * (and store clean-ups running all the while) during uploads to the other loses no upload and no
 * metadata; the spooled part of an upload killed with SIGKILL is deleted by the next start.
 */
class SharedStoreIT {
    private static final String TOKEN = "shared-store-token-0123456789";
    private static final String BOUNDARY = ServeProcess.BOUNDARY;
    private static final int UPLOADS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;
    private Path store;
    private Path tokenFile;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void files() throws IOException {
        store = Files.createDirectory(root.resolve("store"));
        tokenFile = Files.writeString(root.resolve("token"), TOKEN);
    }

    @Test
    void aReplicaStartingDuringUploadsDeletesNothingAndLosesNothing() throws Exception {
        try (ServeProcess a = serve("tmp-a")) {
            Map<String, String> acknowledged = new ConcurrentHashMap<>();
            List<String> failures = new ArrayList<>();
            try (Socket slow = new Socket("127.0.0.1", port(a))) {
                byte[] held = ServeProcess.multipart("held-open.csv", SyntheticSnapshot.generate(3000, -1));
                int sent = held.length / 2;
                OutputStream out = beginUpload(slow, held, sent);
                CompletableFuture<Void> uploads = CompletableFuture.runAsync(() -> upload(a, acknowledged, failures));
                int cleanUps = 0;
                long lastTrickle = System.nanoTime();
                try (ServeProcess b = serve("tmp-b")) {
                    // Besides the replica's start: a clean-up (census import, another start) at every moment.
                    while (!uploads.isDone()) {
                        SnapshotStore.open(store);
                        cleanUps++;
                        // A byte a second keeps the held upload within Jetty's idle timeout on a slow machine.
                        if (System.nanoTime() - lastTrickle > 1_000_000_000L && sent < held.length - 1) {
                            out.write(held, sent++, 1);
                            out.flush();
                            lastTrickle = System.nanoTime();
                        }
                    }
                    uploads.get();
                    out.write(held, sent, held.length - sent);
                    out.flush();
                    assertEquals("HTTP/1.1 201 Created", statusLine(slow.getInputStream()),
                            "the upload held open across the replica's start-up");
                    System.out.printf("shared store: %d uploads to one replica while the other started and %d "
                            + "clean-ups ran; failures: %s%n", UPLOADS, cleanUps, failures);
                    assertEquals(List.of(), failures);
                    assertEquals(UPLOADS, acknowledged.size());
                    assertAllListed(b, acknowledged);
                }
            }
        }
    }

    @Test
    void theSpoolOfAKilledUploadIsDeletedAtTheNextStart() throws Exception {
        ServeProcess a = serve("tmp");
        try (Socket socket = new Socket("127.0.0.1", port(a))) {
            byte[] body = ServeProcess.multipart("killed.csv", SyntheticSnapshot.generate(10_000, 7));
            beginUpload(socket, body, body.length - 1000);
            List<Path> spooled = awaitSpooledFiles();
            a.kill();
            assertTrue(!spooled.isEmpty(), "the killed upload left a spooled part");
        }
        try (ServeProcess b = serve("tmp")) {
            assertEquals(List.of(), leftovers(), "leftovers after the next start; its log:\n" + b.log());
        }
    }

    private ServeProcess serve(String tmp) throws Exception {
        Path dir = Files.createDirectories(root.resolve(tmp));
        return ServeProcess.start(List.of("-Xmx512m", "-Djava.io.tmpdir=" + dir), "--store", store.toString(),
                "--token-file", tokenFile.toString());
    }

    private void upload(ServeProcess server, Map<String, String> acknowledged, List<String> failures) {
        for (int i = 0; i < UPLOADS; i++) {
            String name = "upload-" + i + ".csv";
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.base()
                        + "/api/v1/snapshots")).header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(ServeProcess.multipart(name,
                                SyntheticSnapshot.generate(3000, i)))).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                    acknowledged.put(JSON.readTree(r.body()).get("id").asText(), name);
                } else {
                    failures.add(name + ": " + r.statusCode() + " " + r.body());
                }
            } catch (IOException | InterruptedException e) {
                failures.add(name + ": " + e);
            }
        }
    }

    /** Every acknowledged snapshot is listed with the name it was uploaded under, and its bytes hash to its id. */
    private void assertAllListed(ServeProcess server, Map<String, String> acknowledged) throws Exception {
        HttpResponse<String> list = client.send(HttpRequest.newBuilder(URI.create(server.base()
                + "/api/v1/snapshots")).build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> listed = new ConcurrentHashMap<>();
        for (JsonNode s : JSON.readTree(list.body()).get("snapshots")) {
            listed.put(s.get("id").asText(), s.get("originalName").asText());
        }
        SnapshotStore reader = SnapshotStore.openForReading(store);
        acknowledged.forEach((id, name) -> {
            assertEquals(name, listed.get(id), "snapshot " + id + " as listed");
            assertEquals(id, Hashes.sha256(reader.bytes(id)));
        });
    }

    /** Sends the request head and the first {@code sent} bytes of {@code body}; the stream to send the rest. */
    private static OutputStream beginUpload(Socket socket, byte[] body, int sent) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/snapshots HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body, 0, sent);
        out.flush();
        return out;
    }

    private static String statusLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.write(c);
        }
        return line.toString(StandardCharsets.US_ASCII).strip();
    }

    /** Waits (at most 30 s) until the server has spooled part of the upload to a file, wherever it spools. */
    private List<Path> awaitSpooledFiles() throws Exception {
        for (int i = 0; i < 300; i++) {
            List<Path> files = leftovers();
            if (!files.isEmpty()) {
                return files;
            }
            Thread.sleep(100);
        }
        return List.of();
    }

    /** Spooled upload files: Jetty's in the JVMs' temp dir, or anything but a lock in the store's spools. */
    private List<Path> leftovers() throws IOException {
        try (Stream<Path> tmp = Files.walk(root.resolve("tmp")); Stream<Path> spools = Files.walk(store)) {
            return Stream.concat(tmp.filter(p -> p.getFileName().toString().startsWith("MultiPart")),
                    spools.filter(p -> p.toString().contains("/.uploads") && !p.toString().endsWith(".lock")))
                    .filter(Files::isRegularFile).toList();
        }
    }

    private static int port(ServeProcess server) {
        return URI.create(server.base()).getPort();
    }
}
