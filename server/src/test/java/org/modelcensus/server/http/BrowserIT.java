package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.check.PrintedFigure;
import org.modelcensus.functions.check.PublishedFigures;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.ReportTable;
import org.modelcensus.functions.spreadsheet.FunctionCatalog;
import org.modelcensus.functions.spreadsheet.FunctionResult;
import org.modelcensus.functions.spreadsheet.SpreadsheetFunction;
import org.modelcensus.server.functions.CatalogSource;
import org.modelcensus.server.functions.FunctionRoutes;
import org.modelcensus.server.tables.TablesJson;

/**
 * Headless Chromium, driven by playwright-core (src/test/browser, {@code npm ci} run here when its
 * node_modules is missing), against the real server on a free port over the bundled sample: the
 * add-in's functions.js with stand-in {@code CustomFunctions} (every function equals the Java engine;
 * 1,000 calls in one burst take at most 10 requests) and the web page (pick an edition, see a table
 * cell the engine computed, download the workbook; Korean by default and no failed request; a shared
 * URL opens on its table, F1 draws a chart, the language switch redraws everything in English; T1's
 * chart has no 중복/순위 series, F2's share its own axis, every table's links pin {@code snapshot=} and
 * every chart offers PNG and SVG; on the May 2025 snapshot F1 2024 shows printed 122 beside computed 132
 * and a click lists its 132 models in view, Enter on a focused cell does too, F3's pie says 9.6 % as the
 * table does, T1, F2 and F3 download as PNG and SVG, and the 본문 수치 panel lists every number of the
 * spri-2025 text with its id, sentence and printed figure, the out-of-scope ones and the one world's
 * scenario, in Korean and after the switch in English; its top is saved as web-prose.png). Screenshots and charts go to the test's temp
 * dir and then to target/browser-screenshots. Skipped when node, npm or Chromium is missing,
 * except under {@code CI=true}, where that fails. Chromium: {@code $CHROMIUM} or /usr/bin/chromium.
 */
class BrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIR = Path.of("src/test/browser").toAbsolutePath();
    /** Valid arguments for every function; a new function without an entry here fails the test. */
    private static final Map<String, List<Object>> ARGS = Map.of(
            "CAGR", List.of(2.0, 122.0, 4.0),
            "COUNT", List.of(2015.0, 2025.0),
            "MULTIMODAL_SHARE", List.of(2020.0, 2023.0),
            "COUNTRY_RANK", List.of("US", 2015.0, 2025.0),
            "TOP_DEVELOPERS", List.of(2023.0),
            "TOP_MODELS", List.of(2024.0),
            "COMPUTE_DOUBLING_MONTHS", List.of(2015.0, 2030.0));

    @TempDir
    Path work;

    @Test
    void functionsJsAndTheWebPageWorkInChromium() throws Exception {
        String chromium = require(chromium(), "Chromium (apt-get install chromium, or set CHROMIUM)");
        require(onPath("node"), "node");
        installPlaywright();

        Datasets datasets = new Datasets(SampleData.snapshot(), Datasets.NO_STORE);
        Javalin app = CensusServer.create(ServerConfig.defaults(), datasets, new HeavyWork(2),
                new FunctionRoutes(CatalogSource.of(datasets)));
        app.start("127.0.0.1", 0);
        Javalin real = realServer();
        try {
            ObjectNode spec = JSON.createObjectNode();
            spec.put("base", "http://127.0.0.1:" + app.port());
            spec.put("chromium", chromium);
            spec.put("outDir", work.toString());
            spec.set("calls", expectedCalls(datasets));
            ObjectNode cell = cell(datasets);
            spec.set("cell", cell);
            if (real != null) {
                ObjectNode r = spec.putObject("real").put("base", "http://127.0.0.1:" + real.port())
                        .put("dir", RealSnapshots.sharedDir().resolve("epoch").toAbsolutePath().toString());
                Edition edition = Edition.of("spri-2025");
                ArrayNode prose = r.putArray("prose");
                for (PrintedFigure f : PublishedFigures.builtIn().prose(edition)) {
                    prose.addObject().put("id", f.key().row()).put("sentence", f.sentence()).put("printed", f.published());
                }
                r.put("outOfScope", PublishedFigures.builtIn().outOfScope(edition).size());
            }
            Path specFile = work.resolve("expected.json");
            JSON.writeValue(specFile.toFile(), spec);

            Run run = run(List.of("node", DIR.resolve("browser-tests.mjs").toString(), specFile.toString()), 300);
            System.out.println(run.output);
            keepScreenshots();
            assertEquals(0, run.exit, run.output);
            String line = run.output.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElseThrow();
            JsonNode result = JSON.readTree(line.substring("RESULT ".length()));
            assertEquals(ARGS.size(), result.get("functionsChecked").asInt());
            assertEquals(1000, result.get("burstCalls").asInt());
            assertTrue(result.get("chartPoints").asInt() > 0, "F1 draws a chart with data");
            assertTrue(result.get("korean").asBoolean(), "the page is Korean by default");
            assertTrue(result.get("pinnedLinks").asInt() >= 5 * 12, "every table's links pin the snapshot");
            assertTrue(result.get("charts").asInt() >= 8, "the charted tables offer PNG and SVG");
            if (real != null) {
                assertEquals(132, result.get("real").get("computed").asInt());
                assertEquals(122, result.get("real").get("printed").asInt());
                assertEquals(132, result.get("real").get("models").asInt());
                assertEquals(PublishedFigures.builtIn().prose(Edition.of("spri-2025")).size(), result.get("real").get("prose").asInt(),
                        "the 본문 수치 panel lists every number of the text");
                for (String id : List.of("T1", "F2", "F3")) {
                    for (String type : List.of("png", "svg")) {
                        assertTrue(Files.size(Path.of(result.get("real").get("charts").get(id).get(type).asText())) > 1000,
                                id + "." + type + " downloaded");
                    }
                }
            }
            int requests = result.get("burstRequests").asInt();
            assertTrue(requests >= 1 && requests <= 10, "requests for 1,000 calls: " + requests);
            assertEquals(3, result.get("workbookSettingsCalls").asInt(), "calls with the workbook's saved choice");
            try (InputStream in = Files.newInputStream(Path.of(result.get("download").asText()));
                    Workbook book = WorkbookFactory.create(in)) {
                assertTrue(book.getNumberOfSheets() > 0);
                assertTrue(book.getSheet(cell.get("table").asText()) != null || book.getNumberOfSheets() > 1,
                        "the downloaded workbook has the report's sheets");
            }
        } finally {
            app.stop();
            if (real != null) {
                real.stop();
            }
        }
    }

    /** Copies the screenshots from the temp dir to target/browser-screenshots, to look at after the run. */
    private void keepScreenshots() throws IOException {
        Path out = Files.createDirectories(Path.of("target/browser-screenshots"));
        try (var files = Files.list(work)) {
            for (Path png : files.filter(f -> f.toString().endsWith(".png")).toList()) {
                Files.copy(png, out.resolve(png.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * A server of the May 2025 snapshot, named by its absolute path (the page must show only the file
     * name); null when the snapshot is absent outside CI.
     */
    private static Javalin realServer() throws IOException {
        Path file = RealSnapshots.sharedDir().resolve("epoch").resolve(RealSnapshots.MAY_2025);
        if (!Files.isRegularFile(file) && !"true".equalsIgnoreCase(System.getenv("CI"))) {
            return null;
        }
        file = RealSnapshots.path(RealSnapshots.MAY_2025).toAbsolutePath();
        Snapshot snapshot = EpochCsv.parse(file.toString(), Files.readAllBytes(file), false);
        Datasets datasets = new Datasets(snapshot, Datasets.NO_STORE);
        return CensusServer.create(ServerConfig.defaults(), datasets, new HeavyWork(1)).start("127.0.0.1", 0);
    }

    /** Each function once with valid arguments and the value the Java engine gives. */
    private static ArrayNode expectedCalls(Datasets datasets) {
        FunctionCatalog catalog = datasets.runNow(null, Edition.of("spri-2025")).run().catalog();
        Set<String> names = catalog.functions().stream().map(SpreadsheetFunction::name).collect(Collectors.toSet());
        assertEquals(ARGS.keySet(), names, "valid arguments for every function");
        ArrayNode calls = JSON.createArrayNode();
        for (SpreadsheetFunction f : catalog.functions()) {
            List<Object> args = ARGS.get(f.name());
            FunctionResult r = f.call(args);
            assertFalse(r.isError(), f.name() + args + ": " + r.message());
            ObjectNode call = calls.addObject().put("id", f.name());
            call.set("args", JSON.valueToTree(args));
            call.set("expected", JSON.valueToTree(r.value()));
        }
        return calls;
    }

    /** A whole-number, non-zero cell of a table of the last edition, as the JSON (and so the page) gives it. */
    private static ObjectNode cell(Datasets datasets) {
        Edition edition = Edition.builtIns().get(Edition.builtIns().size() - 1);
        Report report = datasets.runNow(null, edition).run().report();
        for (ReportTable t : report.tables()) {
            JsonNode rows = TablesJson.document(report, List.of(t)).get("tables").get(t.id()).get("rows");
            for (Map.Entry<String, JsonNode> row : rows.properties()) {
                for (Map.Entry<String, JsonNode> col : row.getValue().properties()) {
                    if (col.getValue().isIntegralNumber() && col.getValue().asLong() != 0) {
                        return JSON.createObjectNode().put("edition", edition.id()).put("table", t.id())
                                .put("row", row.getKey()).put("column", col.getKey())
                                .put("text", col.getValue().asText());
                    }
                }
            }
        }
        throw new AssertionError("no whole-number cell in " + edition.id());
    }

    /** playwright-core from package-lock.json, installed with npm ci when node_modules lacks it. */
    private static void installPlaywright() throws Exception {
        if (Files.isDirectory(DIR.resolve("node_modules/playwright-core"))) {
            return;
        }
        require(onPath("npm"), "npm");
        Run run = run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
        if (run.exit != 0) {
            missing("playwright-core (npm ci in " + DIR + " failed: " + run.output + ")");
        }
    }

    private static String chromium() {
        String configured = System.getenv("CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Files.isExecutable(Path.of(configured)) ? configured : null;
        }
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return onPath("chromium");
    }

    private static String onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, command);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    private static String require(String found, String what) {
        if (found == null) {
            missing(what);
        }
        return found;
    }

    /** Fails under CI=true, else skips. */
    private static void missing(String what) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI=true but the browser test needs " + what);
        }
        Assumptions.abort("browser test skipped: missing " + what);
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).directory(DIR.toFile()).redirectErrorStream(true).start();
        byte[][] out = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                out[0] = p.getInputStream().readAllBytes();
            } catch (IOException e) {
                out[0] = ("cannot read the output: " + e).getBytes(StandardCharsets.UTF_8);
            }
        });
        reader.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            reader.join(5_000);
            return new Run(-1, "timed out after " + timeoutSeconds + " s: " + command);
        }
        reader.join();
        return new Run(p.exitValue(), new String(out[0], StandardCharsets.UTF_8));
    }
}
