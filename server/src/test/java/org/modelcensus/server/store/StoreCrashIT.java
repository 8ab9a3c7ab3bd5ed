package org.modelcensus.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The done-means of the store: a process importing snapshots, killed with SIGKILL at a random
 * moment, 100 times over the same directory, leaves no partial file under a final name and loses
 * no snapshot whose put had returned ({@code ACK}ed).
 */
class StoreCrashIT {
    private static final int ITERATIONS = 100;
    private static final int MAX_DELAY_MILLIS = 400;
    /** A fresh store every 20 kills, so the checks (which hash every file) stay quick. */
    private static final int KILLS_PER_STORE = 20;

    @TempDir
    Path root;
    private Path dir;

    @Test
    void killMinus9AtRandomMomentsLosesNothingAcknowledgedAndLeavesNothingPartial() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Set<String> acknowledged = new HashSet<>();
        int acknowledgedTotal = 0;
        int found = 0;
        int killsMidWrite = 0;
        int orphanMetadata = 0;
        long start = System.nanoTime();
        for (int i = 0; i < ITERATIONS; i++) {
            if (i % KILLS_PER_STORE == 0) {
                found += dir == null ? 0 : SnapshotStore.open(dir).list().size();
                acknowledgedTotal += acknowledged.size();
                acknowledged.clear();
                dir = Files.createDirectory(root.resolve("store-" + i));
            }
            acknowledged.addAll(runAndKill(random.nextLong(), random.nextInt(MAX_DELAY_MILLIS + 1)));
            DirectoryState before = inspectBeforeRecovery();
            killsMidWrite += before.temps() > 0 ? 1 : 0;
            orphanMetadata += before.orphanInfos();
            verifyAfterRecovery(acknowledged);
        }
        found += SnapshotStore.open(dir).list().size();
        acknowledgedTotal += acknowledged.size();
        System.out.printf("crash test: seed %d, %d kills, %d distinct snapshots acknowledged, %d found (all acknowledged "
                + "present), %d kills left a temp file (mid-write), %d left orphan metadata, 0 partial, %.1f s%n",
                seed, ITERATIONS, acknowledgedTotal, found, killsMidWrite, orphanMetadata,
                (System.nanoTime() - start) / 1e9);
    }

    /** Starts the child, lets it put for {@code delay} ms after it opened the store, kills it; returns its ACKs. */
    private List<String> runAndKill(long seed, int delay) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), StoreCrashChild.class.getName(), dir.toString(),
                Long.toString(seed)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        List<String> acks = new ArrayList<>();
        Thread reader = new Thread(() -> readLines(child, ready, acks));
        reader.start();
        ready.get(30, TimeUnit.SECONDS);
        Thread.sleep(delay);
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        reader.join(30_000);
        synchronized (acks) {
            return List.copyOf(acks);
        }
    }

    private static void readLines(Process child, CompletableFuture<Void> ready, List<String> acks) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.equals("READY")) {
                    ready.complete(null);
                } else if (line.startsWith("ACK ")) {
                    synchronized (acks) {
                        acks.add(line.substring(4));
                    }
                }
            }
        } catch (IOException e) {
            // The pipe breaks when the child dies; what was read is what was acknowledged.
        } finally {
            ready.complete(null);
        }
    }

    private record DirectoryState(int temps, int orphanInfos) {
    }

    /** Before any clean-up: every file under a final data name is complete (hashes to its name) and has metadata. */
    private DirectoryState inspectBeforeRecovery() throws IOException {
        int temps = 0;
        int orphans = 0;
        for (Path file : files()) {
            String name = file.getFileName().toString();
            Optional<String> id = SnapshotStore.idOfDataFile(name);
            if (id.isPresent()) {
                assertEquals(id.get(), Hashes.sha256(file), "partial or corrupt file under a final name: " + name);
                assertTrue(Files.exists(dir.resolve(id.get() + SnapshotStore.INFO)), "no metadata for " + name);
            } else if (name.equals(StoreLock.FILE)) {
                continue;
            } else if (name.startsWith(DurableFiles.TEMP_PREFIX)) {
                temps++;
            } else if (SnapshotStore.idOf(name, SnapshotStore.INFO).isPresent()) {
                orphans += Files.exists(dir.resolve(name.replace(SnapshotStore.INFO, SnapshotStore.DATA))) ? 0 : 1;
            } else {
                assertFalse(true, "unexpected file " + name);
            }
        }
        return new DirectoryState(temps, orphans);
    }

    /** After reopening: nothing quarantined, no leftovers, every acknowledged snapshot readable and intact. */
    private void verifyAfterRecovery(Set<String> acknowledged) throws IOException {
        SnapshotStore store = SnapshotStore.open(dir);
        assertTrue(store.recoveryNotes().stream().noneMatch(n -> n.startsWith("quarantined")
                || n.startsWith("rebuilt")), store.recoveryNotes().toString());
        for (Path file : files()) {
            String name = file.getFileName().toString();
            assertTrue(name.equals(StoreLock.FILE) || SnapshotStore.idOfDataFile(name).isPresent() || SnapshotStore.idOf(name, SnapshotStore.INFO)
                    .filter(id -> Files.exists(store.dataFile(id))).isPresent(), "leftover " + name);
        }
        Set<String> listed = new HashSet<>();
        store.list().forEach(info -> listed.add(info.id()));
        assertTrue(listed.containsAll(acknowledged), "an acknowledged snapshot is missing");
        for (String id : acknowledged) {
            assertEquals(id, Hashes.sha256(store.bytes(id)));
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
