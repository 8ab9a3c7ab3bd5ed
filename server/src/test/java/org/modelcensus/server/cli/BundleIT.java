package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.RealSnapshots;

/**
 * The release zip ({@code target/census-VERSION.zip}, made by {@code mvn package}) as a user gets it:
 * unzipped into an empty directory and run through its {@code census} launcher from another empty
 * directory, with a PATH that holds only {@code java} (no Maven, no sources, no JAVA_HOME):
 * {@code check}, {@code tables}, {@code workbook} and {@code serve} (GET /health on port 0).
 */
class BundleIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern HEAP = Pattern.compile("CENSUS_SERVE_HEAP=\"?(-Xmx\\w+)\"?");
    private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)/");

    @TempDir
    Path temp;

    @Test
    void theBundleRunsWithOnlyAJavaRuntime() throws Exception {
        Path zip = bundle();
        Path unpacked = Files.createDirectories(temp.resolve("unpacked"));
        Run unzip = run(List.of("unzip", "-q", zip.toString()), unpacked, System.getenv(), 120);
        assertEquals(0, unzip.exit, unzip.output);
        Path home;
        try (Stream<Path> top = Files.list(unpacked)) {
            home = top.findFirst().orElseThrow();
        }
        assertEquals(zip.getFileName().toString().replace(".zip", ""), home.getFileName().toString());
        for (String name : List.of("census.jar", "census", "census.cmd", "README.md", "DATA-LICENSE.md")) {
            assertTrue(Files.isRegularFile(home.resolve(name)), name + " is in the bundle");
        }
        try (Stream<Path> readmes = Files.list(ROOT)) {
            for (Path readme : readmes.filter(p -> p.getFileName().toString().matches("README.*\\.md")).toList()) {
                assertTrue(Files.isRegularFile(home.resolve(readme.getFileName())), readme.getFileName() + " is in the bundle");
            }
        }
        try (Stream<Path> all = Files.walk(home)) {
            assertFalse(all.anyMatch(p -> p.toString().endsWith(".java") || p.getFileName().toString().equals("pom.xml")),
                    "no sources in the bundle");
        }
        assertTrue(Files.isExecutable(home.resolve("census")), "the sh launcher keeps its mode");
        assertTrue(Files.readString(home.resolve("DATA-LICENSE.md")).contains("CC BY 4.0"));
        String cmd = Files.readString(home.resolve("census.cmd"));
        assertTrue(cmd.contains("\r\n") && cmd.contains("-jar \"%HERE%census.jar\""),
                "census.cmd has CRLF lines and runs the jar beside it");
        String heap = heap(ROOT.resolve("census"));
        assertEquals(heap, heap(home.resolve("census")), "serve's default heap, as ./census gives it");
        assertEquals(heap, heap(home.resolve("census.cmd")), "serve's default heap, as ./census gives it");

        // A PATH with java and nothing else: the launcher needs no other program.
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        Path work = Files.createDirectories(temp.resolve("work"));
        Map<String, String> env = Map.of("PATH", bin.toString(), "LANG", "C.UTF-8", "HOME", temp.toString());
        String census = home.resolve("census").toString();

        Run check = run(List.of(census, "check", "--report", "spri-2025"), work, env, 120);
        assertEquals(0, check.exit, check.output);
        assertTrue(check.output.contains("spri-2025: ") && check.output.contains(" / 453 printed cells equal"), check.output);
        Path may2025 = RealSnapshots.sharedDir().resolve("epoch").resolve(RealSnapshots.MAY_2025).toAbsolutePath();
        if (Files.isRegularFile(may2025)) {
            Run real = run(List.of(census, "check", "--data", may2025.toString(), "--report", "spri-2025"),
                    work, env, 180);
            assertEquals(0, real.exit, real.output);
            assertTrue(real.output.contains("spri-2025: 360 / 453 printed cells equal"), real.output);
        }

        Run tables = run(List.of(census, "tables", "--report", "spri-2025", "--format", "csv"), work, env, 120);
        assertEquals(0, tables.exit, tables.output);
        assertTrue(tables.output.contains("table,row,column,value") && tables.output.contains("F1,모델 수,2020,"),
                tables.output);

        Path xlsx = work.resolve("spri-2025.xlsx");
        Run workbook = run(List.of(census, "workbook", "--report", "spri-2025", "--out", xlsx.toString()), work, env, 180);
        assertEquals(0, workbook.exit, workbook.output);
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = WorkbookFactory.create(in)) {
            assertTrue(book.getSheet("T1") != null && book.getSheet("Checks") != null, "the workbook has T1 and Checks");
        }

        serve(census, work, env, heap);
        Files.delete(bin.resolve("java")); // the link, not the runtime it points to
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of(xlsx), left.toList(), "the commands write nothing but what they were asked for");
        }
    }

    /** {@code census serve --port 0}: /health answers, and the JVM got serve's default heap. */
    private static void serve(String census, Path work, Map<String, String> env, String heap) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(census, "serve", "--port", "0").directory(work.toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        StringBuffer log = new StringBuffer();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    log.append(line).append('\n');
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            } finally {
                port.completeExceptionally(new IllegalStateException("serve exited before listening:\n" + log));
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            int listening = port.get(90, TimeUnit.SECONDS);
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + listening + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
            assertTrue(health.body().contains("\"status\":\"ok\""), health.body());
            // The launcher execs java: the same process carries the heap flag.
            List<String> args = List.of(p.info().arguments().orElse(new String[0]));
            assertTrue(args.contains(heap) && args.contains("-jar"), "serve's JVM arguments: " + args);
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    /** The one census-*.zip that mvn package wrote into target/. */
    private static Path bundle() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> zips = files.filter(f -> f.getFileName().toString().matches("census-.+\\.zip")).toList();
            assertEquals(1, zips.size(), "one census-VERSION.zip in target/ (mvn package makes it): " + zips);
            return zips.get(0).toAbsolutePath();
        }
    }

    private static String heap(Path launcher) throws IOException {
        Matcher m = HEAP.matcher(Files.readString(launcher));
        assertTrue(m.find(), launcher + " sets CENSUS_SERVE_HEAP");
        return m.group(1);
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command, Path dir, Map<String, String> env, int seconds)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getInputStream().readAllBytes();
            } catch (IOException e) {
                return e.toString().getBytes(StandardCharsets.UTF_8);
            }
        });
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Run(-1, "timed out after " + seconds + " s: " + command);
        }
        return new Run(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8));
    }
}
