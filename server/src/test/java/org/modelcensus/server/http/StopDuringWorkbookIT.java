package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelcensus.functions.dataset.SyntheticSnapshot;
import org.modelcensus.server.cli.ServeProcess;

/**
 * SIGTERM to {@code census serve} while it makes the workbook of a 28,000-model snapshot: the answer
 * is a whole workbook (as long as its Content-Length says, and one POI opens), a 503, or nothing; never a
 * 200 with a cut body. Work asked for after the SIGTERM is refused.
 */
class StopDuringWorkbookIT {
    private static final int MODELS = 28_000;

    @ParameterizedTest(name = "SIGTERM {0} ms after the request")
    @ValueSource(ints = {1500, 6000})
    void aStopNeverCutsAWorkbook(int termAfterMillis, @TempDir Path dir) throws Exception {
        Path csv = Files.write(dir.resolve("big.csv"), SyntheticSnapshot.generate(MODELS, 11));
        try (ServeProcess server = ServeProcess.start(List.of("-Xmx1g"), "--data", csv.toString())) {
            int port = Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1));
            long start = System.nanoTime();
            CompletableFuture<Answer> answer = CompletableFuture.supplyAsync(() -> get(port,
                    "/api/v1/reports/spri-2024/workbook.xlsx"));
            Thread.sleep(termAfterMillis);
            server.terminate();
            Answer a = answer.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("stop during a %d-model workbook: SIGTERM at %d ms; answer %d, %d of %s bytes after %.1f s%n",
                    MODELS, termAfterMillis, a.status, a.body.length, a.headers.get("content-length"), seconds);
            assertTrue(a.status == -1 || a.status == 200 || a.status == 503, a.status + " " + a.text());
            if (a.status == 200) {
                assertEquals(a.headers.get("content-length"), Integer.toString(a.body.length), "a whole body");
                ZipSecureFile.setMinInflateRatio(0.001);
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(a.body))) {
                    assertTrue(book.getNumberOfSheets() > 5);
                }
            }
            if (a.status == 503) {
                assertTrue(a.text().contains("\"service_unavailable\""), a.text());
            }
            Answer late = get(port, "/api/v1/reports/spri-2025/workbook.xlsx");
            assertTrue(late.status == -1 || late.status == 503, "new heavy work after SIGTERM: " + late.status);
            assertTrue(server.waitFor(40), "the server exits");
            assertFalse(server.log().contains("\tat "), server.log());
        }
    }

    private record Answer(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** GET over a raw socket, reading until the server closes: what arrived, not what an HTTP client repairs or hides. */
    private static Answer get(int port, String path) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            try {
                in.transferTo(raw);
            } catch (IOException reset) {
                // The server went away mid-answer: judge what arrived.
            }
            return parse(raw.toByteArray());
        } catch (IOException refused) {
            return new Answer(-1, Map.of(), new byte[0]);
        }
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) {
            return new Answer(-1, Map.of(), raw);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        assertFalse(headers.containsKey("transfer-encoding") && Integer.parseInt(lines[0].split(" ")[1]) == 200,
                "a download is sent with its Content-Length, not chunked: " + headers);
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }
}
