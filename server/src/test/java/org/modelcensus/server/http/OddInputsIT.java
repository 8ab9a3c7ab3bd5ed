package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Optional;
import org.modelcensus.functions.dataset.Questions;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.dataset.SyntheticSnapshot;
import org.modelcensus.server.cli.Census;
import org.modelcensus.server.store.SnapshotRoutes;
import org.modelcensus.server.store.SnapshotStore;
import org.modelcensus.server.store.UnknownSnapshotException;

/**
 * Odd inputs of issue 17 through the real command line and a real server: a model name longer than an
 * Excel cell is cut with a marker and warned of with file, line and column (it once stopped
 * {@code workbook} with a stack trace and was a 500 on the server), and an edition file with
 * {@code null} where a table belongs is one line with file:line:column and exit 2.
 */
class OddInputsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LONG = 40_000;

    @Test
    void theWorkbookCommandCutsATextLongerThanACellAndSaysWhere(@TempDir Path dir) throws Exception {
        Path csv = Files.write(dir.resolve("long.csv"), longNameCsv());
        Path out = dir.resolve("long.xlsx");
        Run r = census("workbook", "--data", csv.toString(), "--out", out.toString());
        assertEquals(0, r.code, r.err);
        assertTrue(r.err.contains(csv + ", line 2, column 1: the text has " + LONG + " characters, more than an Excel "
                + "cell holds (32767)"), r.err);
        assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), r.err);
        assertEquals(1, cutCells(Files.readAllBytes(out)));
    }

    @Test
    void theServerTakesTheSnapshotWarnsAndAnswersItsWorkbook(@TempDir Path store) throws Exception {
        SnapshotStore snapshots = SnapshotStore.open(store);
        Datasets datasets = new Datasets(SampleData.snapshot(), id -> {
            try {
                return Optional.of(snapshots.snapshot(id));
            } catch (UnknownSnapshotException e) {
                return Optional.empty();
            }
        });
        Javalin app = CensusServer.create(ServerConfig.defaults().withPort(0).withStore(store)
                .withToken(HostileRequestsIT.TOKEN), datasets, new HeavyWork(1), new SnapshotRoutes(snapshots))
                .start("127.0.0.1", 0);
        try {
            RawHttp http = new RawHttp(app.port());
            RawHttp.Response up = http.send(HostileRequestsIT.upload(longNameCsv()));
            assertEquals(201, up.status(), up.body());
            JsonNode info = JSON.readTree(up.body());
            assertTrue(info.path("warnings").get(0).asText().startsWith("epoch.csv, line 2, column 1: the text has "
                    + LONG + " characters"), up.body());
            HttpResponse<byte[]> book = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + app.port() + "/api/v1/reports/spri-2024/workbook.xlsx?snapshot="
                    + info.get("id").asText())).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, book.statusCode(), new String(book.body(), StandardCharsets.UTF_8));
            assertEquals(1, cutCells(book.body()));
        } finally {
            app.stop();
        }
    }

    @Test
    void anEditionFileWithANullTableIsOneLineWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path edition = Files.writeString(dir.resolve("odd.json"), "{\"id\": \"odd\", \"title\": \"t\",\n"
                + "  \"years\": {\"from\": 2020, \"to\": 2024}, \"mappingScope\": \"spri-2025\",\n  \"tables\": [\n    null]}\n");
        Run r = census("tables", "--edition", edition.toString());
        assertEquals(2, r.code, r.err);
        assertEquals("census: " + edition + ", line 4, column 5: tables[0] must not be null", r.err.strip().lines()
                .filter(l -> l.contains(edition.toString())).findFirst().orElse(r.err));
        assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), r.err);
    }

    /** A synthetic snapshot whose first model's name is {@link #LONG} characters. */
    static byte[] longNameCsv() {
        String[] lines = new String(SyntheticSnapshot.generate(30, 7), StandardCharsets.UTF_8).split("\n", -1);
        String row = lines[1];
        int end = row.startsWith("\"") ? row.indexOf("\",") + 1 : row.indexOf(',');
        lines[1] = "\"" + "긴".repeat(LONG) + "\"" + row.substring(end);
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Cells of the workbook's Data sheet cut to the most a cell holds and ending in the marker. */
    private static long cutCells(byte[] xlsx) throws IOException {
        // 40,000 times the same character compresses better than POI's zip-bomb guard expects of a real file.
        ZipSecureFile.setMinInflateRatio(0.001);
        try (InputStream in = new ByteArrayInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            long cut = 0;
            for (Row row : book.getSheet("Data")) {
                for (Cell c : row) {
                    String s = c.toString();
                    if (s.endsWith(Questions.CUT_MARKER)) {
                        assertEquals(Questions.MAX_CELL_TEXT, s.length());
                        cut++;
                    }
                }
            }
            return cut;
        }
    }

    private record Run(int code, String err) {
    }

    /** {@code census ARGS} in a child JVM, as a user runs it. */
    private static Run census(String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), Census.class.getName()));
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), err);
    }
}
