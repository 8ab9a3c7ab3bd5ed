package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.OddSnapshots;
import org.modelcensus.functions.edition.Edition;

/**
 * Odd but valid snapshots through the real server (a child JVM on loopback): a header-only file,
 * models all outside the edition's years, labels over 255 characters — every edition's workbook and
 * tables answer 200 — and a malformed upload answers 400 naming its line, without a stack trace.
 */
class OddDataIT {
    private static final String TOKEN = "odd-data-token-0123456789";

    @TempDir
    Path dir;

    @Test
    void oddButValidSnapshotsGiveWorkbooksAndBadOnesA400NamingTheLine() throws Exception {
        Path store = dir.resolve("store");
        List<String> ids = new ArrayList<>();
        for (String name : OddSnapshots.names()) {
            Path csv = Files.writeString(dir.resolve(name), OddSnapshots.csv(name));
            Cli imported = Cli.run("import", csv.toString(), "--store", store.toString());
            assertEquals(0, imported.code(), imported.err());
            ids.add(imported.out().lines().findFirst().orElseThrow().split(" ")[1]);
        }
        Path token = Files.writeString(dir.resolve("token"), TOKEN);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try (ServeProcess server = ServeProcess.start(List.of("-Xmx512m"), "--store", store.toString(),
                "--data", "latest", "--token-file", token.toString())) {
            for (String id : ids) {
                for (Edition edition : Edition.builtIns()) {
                    String report = server.base() + "/api/v1/reports/" + edition.id();
                    HttpResponse<byte[]> book = client.send(get(report + "/workbook.xlsx?snapshot=" + id),
                            HttpResponse.BodyHandlers.ofByteArray());
                    assertEquals(200, book.statusCode(), id + " " + edition.id() + ": "
                            + new String(book.body(), StandardCharsets.UTF_8));
                    assertEquals('P', book.body()[0], "an .xlsx (zip) file");
                    HttpResponse<String> table = client.send(get(report + "/tables/T1.json?snapshot=" + id),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, table.statusCode(), table.body());
                }
            }
            HttpResponse<String> bad = client.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/snapshots"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "multipart/form-data; boundary=" + ServeProcess.BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(ServeProcess.multipart("bad.csv",
                            (OddSnapshots.HEADER + "A,Language,Chat,X,Industry,2024-01-01,\"Lang\"uage,,,,,,,\n")
                                    .getBytes(StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, bad.statusCode(), bad.body());
            assertTrue(bad.body().contains("line 2"), bad.body());
            assertFalse(bad.body().contains("\tat ") || bad.body().contains("Exception"), bad.body());
            assertFalse(server.log().contains("\tat "), server.log());
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build();
    }
}
