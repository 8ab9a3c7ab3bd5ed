package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.diff.SnapshotDiff;

class ImportCommandTest {
    @TempDir
    Path store;

    private static Path july2024() {
        return RealSnapshots.path(RealSnapshots.JULY_2024);
    }

    private static Path may2025() {
        return RealSnapshots.path(RealSnapshots.MAY_2025);
    }

    private Cli importing(Path file, String... more) {
        List<String> args = new ArrayList<>(List.of("import", file.toString(), "--store", store.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void printsIdSchemaAndUnmappedValuesAndSaysTheFirstSnapshotIsFirst() {
        Cli r = importing(july2024());

        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("snapshot " + sha256(july2024()) + " (new)", lines.get(0));
        assertEquals("  large_scale_ai_models_2024-07-16.csv: 192 rows, 355395 bytes", lines.get(1));
        assertEquals("schema generation: 2024", lines.get(2));
        assertEquals("missing optional fields: none", lines.get(3));
        assertTrue(lines.get(4).startsWith("unused columns: Authors, "), lines.get(4));
        assertEquals("unmapped values (spri-2025 mappings): none", lines.get(5));
        assertEquals("changes: first snapshot in the store", lines.get(lines.size() - 1));
        assertEquals(2, storeFiles().size());
    }

    @Test
    void countsUnmappedValuesPerKindUnderTheGivenMappings(@TempDir Path mappings) throws IOException {
        Files.writeString(mappings.resolve("task_group.csv"), "scope,task,group,note\n");
        Cli r = importing(july2024(), "--mappings", mappings.toString());

        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("unmapped values (spri-2025 mappings):", lines.get(5));
        assertTrue(lines.stream().anyMatch(l -> l.matches("  task +\\d+  \\(classify in task_group.csv\\)")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  total ")), r.out());
    }

    @Test
    void countsWhatChangedSinceTheSnapshotImportedBefore() {
        importing(july2024());
        Cli r = importing(may2025());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("snapshot " + sha256(may2025()) + " (new)\n"), r.out());
        assertTrue(r.out().contains("\nschema generation: 2025\n"), r.out());
        SnapshotDiff diff = SnapshotDiff.of(EpochCsv.read(july2024()), EpochCsv.read(may2025()));
        long changed = diff.changed().stream().map(SnapshotDiff.Change::model).distinct().count();
        assertTrue(r.out().contains("\nchanges since 0895ccdb7312 (large_scale_ai_models_2024-07-16.csv, imported "),
                r.out());
        assertTrue(r.out().contains("\n  " + diff.added().size() + " added, " + diff.removed().size() + " removed, "
                + changed + " changed models (" + diff.changed().size() + " fields); 5 columns added, 2 removed\n"),
                r.out());
        assertTrue(r.out().contains("\n  129 added, 10 removed, 172 changed models"), r.out());
    }

    @Test
    void importingTheSameBytesAgainStoresNothingNewAndReportsTheSame() {
        importing(july2024());
        Cli first = importing(may2025());
        Cli again = importing(may2025());

        assertEquals(0, again.code(), again.err());
        List<String> a = first.out().lines().toList();
        List<String> b = again.out().lines().toList();
        assertTrue(b.get(0).startsWith("snapshot " + sha256(may2025()) + " (already stored, imported 20"), b.get(0));
        assertEquals(a.subList(1, a.size()), b.subList(1, b.size()));
        assertEquals(4, storeFiles().size());
    }

    @Test
    void tablesOfTheLatestStoredSnapshotEqualTablesOfItsFile() {
        importing(july2024());
        importing(may2025());

        Cli fromStore = Cli.run("tables", "--store", store.toString(), "--data", "latest", "--report", "spri-2025");
        Cli fromFile = Cli.run("tables", "--data", may2025().toString(), "--report", "spri-2025");

        assertEquals(0, fromStore.code(), fromStore.err());
        // The provenance line names the source as given (a path, or the stored name); the sha256 and the cells are equal.
        assertEquals(fromFile.out().lines().skip(1).toList(), fromStore.out().lines().skip(1).toList());
        assertTrue(fromStore.out().startsWith("# source=large_scale_ai_models_2025-05-20.csv sha256=" + sha256(may2025())),
                fromStore.out());
        assertEquals("# stored snapshot " + sha256(may2025()) + " (large_scale_ai_models_2025-05-20.csv)\n",
                fromStore.err());
    }

    @Test
    void readsAStoredSnapshotByAUniquePrefixOfItsId() {
        importing(july2024());
        importing(may2025());

        Cli r = Cli.run("check", "--store", store.toString(), "--data", "0895CCDB", "--report", "spri-2024");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("spri-2024: 314 / 359 printed cells equal"), r.out());
    }

    @Test
    void latestIsTheSnapshotImportedLastWhateverItsData() {
        importing(may2025());
        importing(july2024());

        Cli r = Cli.run("export", "--store", store.toString(), "--data", "latest", "--table", "Models");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(sha256(july2024())), r.err());
    }

    @Test
    void diffsTwoStoredSnapshotsAsItDiffsTheirFiles() {
        importing(july2024());
        importing(may2025());

        Cli fromStore = Cli.run("diff", "--store", store.toString(), "0895ccdb7312", "latest", "--format", "csv");
        Cli fromFiles = Cli.run("diff", july2024().toString(), may2025().toString(), "--format", "csv");

        assertEquals(0, fromStore.code(), fromStore.err());
        assertEquals(fromFiles.out(), fromStore.out());
    }

    @Test
    void anUnknownIdExitsWith2InOneLineNamingTheStoredSnapshots() {
        importing(july2024());

        Cli r = Cli.run("unmapped", "--store", store.toString(), "--data", "deadbeef00");

        assertEquals(2, r.code());
        assertEquals("census: --data: 'deadbeef00': no snapshot with this id in the store " + store + "; it holds 1: "
                + "0895ccdb7312 (large_scale_ai_models_2024-07-16.csv) (newest last)\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void withAStoreTheDataMustBeAnIdOrLatest() {
        importing(july2024());

        Cli path = Cli.run("tables", "--store", store.toString(), "--data", july2024().toString());
        Cli none = Cli.run("workbook", "--store", store.toString(), "--out", store.resolve("x.xlsx").toString());
        Cli empty = Cli.run("tables", "--store", store.resolve("empty").toString(), "--data", "latest");

        assertEquals(2, path.code());
        assertTrue(path.err().contains("name a snapshot by its sha256 id"), path.err());
        assertEquals(2, none.code());
        assertEquals("census: --store: name the stored snapshot to read: --data ID or --data latest\n", none.err());
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("no snapshot store here"), empty.err());
    }

    @Test
    void anUnparseableFileExitsWith2AndStoresNothing(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "Model,Domain,Task\n\"GPT,Language,Chat\n");

        Cli r = importing(bad);

        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("census: " + bad + ", line "), r.err());
        assertEquals(List.of(), storeFiles());
    }

    @Test
    void refusesLoopbackUrlsWithoutConnectingAndStoresNothing() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String host = "127.0.0.1:" + server.getAddress().getPort();
            Cli http = Cli.run("import", "http://" + host + "/epoch.csv", "--store", store.toString());
            Cli https = Cli.run("import", "https://" + host + "/epoch.csv", "--store", store.toString());

            assertEquals(2, http.code());
            assertEquals("census: http://" + host + "/epoch.csv: refused: only https URLs can be imported\n", http.err());
            assertEquals(2, https.code());
            assertTrue(https.err().contains("refused: 127.0.0.1 is not a public address (127.0.0.1 is a loopback "
                    + "address)"), https.err());
        } finally {
            server.stop(0);
        }
        assertEquals(0, requests.get());
        assertEquals(List.of(), storeFiles());
    }

    private static String sha256(Path file) {
        Snapshot s = EpochCsv.read(file);
        return s.provenance().sha256();
    }

    private List<String> storeFiles() {
        try (Stream<Path> files = Files.list(store)) {
            // The store's lock file is not data.
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".lock")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
