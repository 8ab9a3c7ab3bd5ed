package org.modelcensus.server.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.spreadsheet.FunctionCatalog;
import org.modelcensus.server.functions.CatalogSource;
import org.modelcensus.server.functions.FunctionRegistry;
import org.modelcensus.server.http.CensusServer;
import org.modelcensus.server.http.Datasets;
import org.modelcensus.server.http.HeavyWork;
import org.modelcensus.server.http.ServerConfig;

class EvaluateRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType XLSX = MediaType.get(EvaluateRoutes.XLSX);
    private static final Datasets SAMPLE = new Datasets(SampleData.snapshot(), Datasets.NO_STORE);
    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static Javalin app(EvaluateRoutes.Limits limits) {
        ServerConfig config = ServerConfig.defaults().withPort(0);
        HeavyWork heavy = new HeavyWork(2);
        return CensusServer.create(config, SAMPLE, heavy, new EvaluateRoutes(CatalogSource.of(SAMPLE), heavy, limits));
    }

    private static Response post(io.javalin.testtools.HttpClient client, String path, byte[] body) throws IOException {
        return client.getOkHttp().newCall(new Request.Builder().url(client.getOrigin() + path)
                .post(RequestBody.create(body, XLSX)).build()).execute();
    }

    private static byte[] workbook(String... formulas) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Calc");
            sheet.createRow(0).createCell(0).setCellValue("label");
            for (int i = 0; i < formulas.length; i++) {
                sheet.createRow(i + 1).createCell(1).setCellFormula(formulas[i]);
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** A copy of an .xlsx with its first sheet's XML replaced. */
    private static byte[] withSheetXml(byte[] xlsx, byte[] sheetXml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals("xl/worksheets/sheet1.xml") ? sheetXml : in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void evaluatesCensusFunctionsAndPlainFormulas() throws IOException {
        FunctionRegistry registry = FunctionRegistry.of(
                FunctionCatalog.of(NormalizedDataset.of(SampleData.snapshot(), Edition.of("spri-2025"))));
        Object expected = registry.call("COUNT", List.of(2024.0, 2024.0, "KR")).orElseThrow().value();
        byte[] xlsx = workbook("CENSUS.COUNT(2024,2024,\"KR\")", "1+1", "CENSUS.COUNT(2024,2024,\"XX\")", "1/0");
        JavalinTest.test(app(EvaluateRoutes.Limits.defaults()), (server, client) -> {
            Response r = post(client, "/api/v1/evaluate", xlsx);
            assertEquals(200, r.code());
            JsonNode body = JSON.readTree(r.body().string());
            JsonNode cells = body.get("sheets").get(0).get("cells");
            assertEquals("Calc", body.get("sheets").get(0).get("name").asText());
            assertEquals(4, cells.size());
            assertEquals("B2", cells.get(0).get("cell").asText());
            assertEquals("CENSUS.COUNT(2024,2024,\"KR\")", cells.get(0).get("formula").asText());
            assertEquals(((Number) expected).doubleValue(), cells.get(0).get("value").asDouble());
            assertEquals(2.0, cells.get(1).get("value").asDouble());
            assertTrue(cells.get(2).has("error"), cells.get(2).toString());
            assertEquals("#DIV/0!", cells.get(3).get("error").asText());
            assertFalse(body.get("truncated").asBoolean());
            assertEquals(404, post(client, "/api/v1/evaluate?edition=nope", xlsx).code());
        });
    }

    @Test
    void refusesAZipBombQuicklyAndKeepsServing() throws IOException {
        // A sheet part of ~300 MB of whitespace: ~300 KB compressed.
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        sheet.write(("<worksheet xmlns=\"" + NS + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
        byte[] blanks = new byte[1 << 20];
        Arrays.fill(blanks, (byte) ' ');
        for (int i = 0; i < 300; i++) {
            sheet.write(blanks);
        }
        sheet.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        byte[] bomb = withSheetXml(workbook("1+1"), sheet.toByteArray());
        sheet = null;
        assertTrue(bomb.length < 2_000_000, "the bomb is small: " + bomb.length);
        JavalinTest.test(app(EvaluateRoutes.Limits.defaults()), (server, client) -> {
            long start = System.nanoTime();
            Response r = post(client, "/api/v1/evaluate", bomb);
            long ms = (System.nanoTime() - start) / 1_000_000;
            String text = r.body().string();
            assertEquals(413, r.code(), text);
            assertEquals("content_too_large", JSON.readTree(text).get("error").asText());
            assertTrue(ms < 5_000, "rejected in " + ms + " ms");
            System.out.println("EvaluateRoutesTest: zip bomb of " + bomb.length + " bytes rejected in " + ms + " ms");
            assertEquals(200, client.get("/health").code());
        });
    }

    @Test
    void poiRefusesAnInflationRatioBeyondItsLimitToo() throws IOException {
        // Under the route's inflated cap, over POI's ratio limit: POI's own zip-bomb check answers.
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        sheet.write(("<worksheet xmlns=\"" + NS + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
        sheet.write(new String(new char[20 << 20]).replace('\0', ' ').getBytes(StandardCharsets.UTF_8));
        sheet.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        byte[] bomb = withSheetXml(workbook("1+1"), sheet.toByteArray());
        JavalinTest.test(app(EvaluateRoutes.Limits.defaults()), (server, client) -> {
            Response r = post(client, "/api/v1/evaluate", bomb);
            assertEquals(413, r.code(), r.body().string());
        });
    }

    @Test
    void refusesExternalEntitiesAndEntityExpansion() throws IOException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;"
                + "</t></is></c></row></sheetData></worksheet>";
        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        lol.append("]><worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                + "&lol9;</t></is></c></row></sheetData></worksheet>");
        byte[] base = workbook("1+1");
        JavalinTest.test(app(EvaluateRoutes.Limits.defaults()), (server, client) -> {
            for (String xml : List.of(xxe, lol.toString())) {
                long start = System.nanoTime();
                Response r = post(client, "/api/v1/evaluate", withSheetXml(base, xml.getBytes(StandardCharsets.UTF_8)));
                String text = r.body().string();
                assertEquals(400, r.code(), text);
                assertFalse(text.contains("root:"), text);
                assertFalse(text.contains("lollol"), text);
                assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000);
            }
        });
    }

    @Test
    void refusesOversizedBodiesAndGarbage() throws IOException {
        JavalinTest.test(app(EvaluateRoutes.Limits.defaults().withMaxBodyBytes(50_000)), (server, client) -> {
            Response big = post(client, "/api/v1/evaluate", new byte[60_000]);
            assertEquals(413, big.code());
            assertEquals("content_too_large", JSON.readTree(big.body().string()).get("error").asText());
            Response garbage = post(client, "/api/v1/evaluate", "this is not a workbook".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, garbage.code());
            assertEquals("bad_request", JSON.readTree(garbage.body().string()).get("error").asText());
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(zip)) {
                z.putNextEntry(new ZipEntry("hello.txt"));
                z.write("hi".getBytes(StandardCharsets.UTF_8));
            }
            assertEquals(400, post(client, "/api/v1/evaluate", zip.toByteArray()).code());
            assertEquals(400, post(client, "/api/v1/evaluate", new byte[0]).code());
        });
    }
}
