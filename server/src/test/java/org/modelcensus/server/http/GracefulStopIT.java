package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.modelcensus.server.cli.ServeProcess;

/**
 * SIGTERM during an evaluation that runs up to its 20 s deadline: the server stops taking new
 * work but lets the request finish and answers it in full before it exits.
 */
class GracefulStopIT {
    /**
     * Each formula counts over this many cells, so the work grows with its square. 5,000 rows took
     * 12 s on CI's machine and ended before the deadline; 10,000 rows are four times that work, so the
     * evaluation runs into its 20 s deadline on any machine the tests run on.
     */
    private static final int ROWS = 10_000;

    @Test
    void aLongEvaluationSurvivesSigterm() throws Exception {
        try (ServeProcess server = ServeProcess.start(List.of("-Xmx512m"))) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest evaluate = HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/evaluate"))
                    .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(slowWorkbook())).build();
            long start = System.nanoTime();
            CompletableFuture<HttpResponse<String>> answer = client.sendAsync(evaluate,
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(3000);
            assertTrue(!answer.isDone(), "the evaluation is still running when SIGTERM comes");
            server.terminate();
            HttpResponse<String> response = answer.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("graceful stop: SIGTERM at 3 s, the evaluation answered %d after %.1f s%n",
                    response.statusCode(), seconds);
            assertTrue(response.statusCode() == 200 || response.statusCode() == 422, response.statusCode() + " "
                    + response.body());
            assertTrue(response.body().startsWith("{"), response.body());
            assertTrue(seconds > 13, "a request longer than the old 10 s grace: " + seconds + " s");
            assertTrue(server.waitFor(40), "the server exits once the request is answered");
        }
    }

    /** {@code B i = COUNTIF(C$1:C$ROWS, ROW())} over {@code C i = i}: quadratic POI work, cell by cell. */
    private static byte[] slowWorkbook() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("S");
            for (int i = 0; i < ROWS; i++) {
                Row row = sheet.createRow(i);
                row.createCell(1).setCellFormula("COUNTIF(C$1:C$" + ROWS + ",ROW())");
                row.createCell(2).setCellValue(i + 1);
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
