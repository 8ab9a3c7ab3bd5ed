package org.modelcensus.server.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.dataset.SyntheticSnapshot;

class SnapshotStoreTest {
    @TempDir
    Path dir;

    @Test
    void storesASnapshotUnderTheSha256OfItsBytes() {
        byte[] csv = SyntheticSnapshot.generate(50, 1);
        StoredSnapshot stored = SnapshotStore.open(dir).put("epoch.csv", csv);

        assertTrue(stored.created());
        assertEquals(Hashes.sha256(csv), stored.info().id());
        assertEquals(50, stored.info().rows());
        assertEquals("2025", stored.info().schema());
        assertEquals("epoch.csv", stored.info().originalName());
        assertEquals(csv.length, stored.info().sizeBytes());
        SnapshotStore reopened = SnapshotStore.open(dir);
        assertArrayEquals(csv, reopened.bytes(stored.info().id()));
        assertEquals(List.of(stored.info()), reopened.list());
        assertEquals(50, reopened.snapshot(stored.info().id()).models().size());
        assertEquals(List.of(), reopened.recoveryNotes());
    }

    @Test
    void storingTheSameBytesAgainReturnsTheFirstSnapshot() {
        SnapshotStore store = SnapshotStore.open(dir);
        byte[] csv = SyntheticSnapshot.generate(20, 2);
        StoredSnapshot first = store.put("a.csv", csv);
        StoredSnapshot second = store.put("b.csv", new ByteArrayInputStream(csv));

        assertFalse(second.created());
        assertEquals(first.info(), second.info());
        assertEquals(1, store.list().size());
    }

    @Test
    void rejectsAMalformedCsvWithItsLineAndColumnAndStoresNothing() throws IOException {
        SnapshotStore store = SnapshotStore.open(dir);
        String csv = "Model,Domain,Task,Organization,Publication date,Country (of organization),"
                + "Organization categorization (from Organization)\nGPT,Language,Chat,OpenAI,2024-01-01,\"USA,Industry\n";
        BadInputException e = assertThrows(BadInputException.class,
                () -> store.put("bad.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertEquals("bad.csv", e.source());
        assertEquals(2, e.line());
        assertTrue(e.column() > 0, e.getMessage());
        assertEquals(List.of(), store.list());
        assertEquals(List.of(), files());
    }

    @Test
    void refusesASnapshotOverTheSizeLimit() throws IOException {
        SnapshotStore store = SnapshotStore.open(dir, 1000);
        byte[] csv = SyntheticSnapshot.generate(100, 3);

        assertThrows(SnapshotTooLargeException.class, () -> store.put("big.csv", csv));
        assertThrows(SnapshotTooLargeException.class, () -> store.put("big.csv", new ByteArrayInputStream(csv)));
        assertEquals(List.of(), files());
    }

    @Test
    void openingDeletesUnfinishedWritesAndOrphanMetadata() throws IOException {
        String id = SnapshotStore.open(dir).put("kept.csv", SyntheticSnapshot.generate(10, 4)).info().id();
        Files.write(dir.resolve(DurableFiles.TEMP_PREFIX + "half"), new byte[] {1, 2, 3});
        String orphan = "0".repeat(64);
        Files.writeString(dir.resolve(orphan + SnapshotStore.INFO), "{}");

        SnapshotStore store = SnapshotStore.open(dir);

        assertEquals(2, store.recoveryNotes().size(), store.recoveryNotes().toString());
        assertEquals(List.of(id + SnapshotStore.DATA, id + SnapshotStore.INFO), files());
        assertEquals(1, store.list().size());
    }

    @Test
    void openingForReadingLeavesAnotherProcesssUnfinishedWritesAlone() throws IOException {
        String id = SnapshotStore.open(dir).put("kept.csv", SyntheticSnapshot.generate(10, 4)).info().id();
        Path inFlight = Files.write(dir.resolve(DurableFiles.TEMP_PREFIX + "writing"), new byte[] {1, 2, 3});

        SnapshotStore reader = SnapshotStore.openForReading(dir);

        assertEquals(List.of(), reader.recoveryNotes());
        assertTrue(Files.exists(inFlight));
        assertEquals(10, reader.snapshot(id).models().size());
    }

    @Test
    void listsSnapshotsInTheOrderOfTheirImportInstantsNotOfTheirText() throws IOException {
        SnapshotStore store = SnapshotStore.open(dir);
        SnapshotInfo a = store.put("a.csv", SyntheticSnapshot.generate(10, 11)).info();
        SnapshotInfo b = store.put("b.csv", SyntheticSnapshot.generate(10, 12)).info();
        // As text "...:05Z" sorts after "...:05.100Z", though it is the earlier instant.
        rewriteAddedAt(b, "2025-01-01T00:00:05.100Z");
        rewriteAddedAt(a, "2025-01-01T00:00:05Z");

        assertEquals(List.of(a.id(), b.id()), store.list().stream().map(SnapshotInfo::id).toList());
    }

    private void rewriteAddedAt(SnapshotInfo info, String addedAt) throws IOException {
        SnapshotInfo changed = new SnapshotInfo(info.id(), info.originalName(), info.rows(), info.schema(), addedAt,
                info.sizeBytes());
        Files.write(dir.resolve(info.id() + SnapshotStore.INFO),
                new ObjectMapper().writeValueAsBytes(changed));
    }

    @Test
    void quarantinesAFileWhoseBytesDoNotMatchItsName() throws IOException {
        String id = SnapshotStore.open(dir).put("x.csv", SyntheticSnapshot.generate(10, 5)).info().id();
        Path data = dir.resolve(id + SnapshotStore.DATA);
        byte[] bytes = Files.readAllBytes(data);
        bytes[bytes.length - 2] ^= 1;
        Files.write(data, bytes);

        SnapshotStore store = SnapshotStore.open(dir);

        assertTrue(store.recoveryNotes().get(0).startsWith("quarantined " + id), store.recoveryNotes().toString());
        assertEquals(List.of(), store.list());
        assertThrows(UnknownSnapshotException.class, () -> store.bytes(id));
        try (Stream<Path> q = Files.list(dir.resolve(SnapshotStore.QUARANTINE))) {
            assertEquals(2, q.count());
        }
    }

    @Test
    void checksTheHashOnEveryReadToo() throws IOException {
        SnapshotStore store = SnapshotStore.open(dir);
        String id = store.put("x.csv", SyntheticSnapshot.generate(10, 6)).info().id();
        Files.write(dir.resolve(id + SnapshotStore.DATA), SyntheticSnapshot.generate(10, 7));

        assertThrows(CorruptSnapshotException.class, () -> store.bytes(id));
        assertEquals(List.of(), store.list());
    }

    @Test
    void rebuildsMissingMetadataFromTheData() throws IOException {
        String id = SnapshotStore.open(dir).put("x.csv", SyntheticSnapshot.generate(10, 8)).info().id();
        Files.delete(dir.resolve(id + SnapshotStore.INFO));

        SnapshotStore store = SnapshotStore.open(dir);

        assertEquals(10, store.metadata(id).rows());
        assertTrue(Files.exists(dir.resolve(id + SnapshotStore.INFO)));
    }

    @Test
    void answersUnknownOrMalformedIdsAsUnknown() {
        SnapshotStore store = SnapshotStore.open(dir);

        assertThrows(UnknownSnapshotException.class, () -> store.metadata("a".repeat(64)));
        assertThrows(UnknownSnapshotException.class, () -> store.bytes("../../etc/passwd"));
    }

    @Test
    void keepsOnlyTheLastSegmentOfAnUploadedName() {
        assertEquals("data.csv", SnapshotStore.cleanName("C:\\x\\..\\data.csv"));
        assertEquals("data.csv", SnapshotStore.cleanName("../../data\n.csv"));
        assertEquals("upload.csv", SnapshotStore.cleanName(null));
    }

    @Test
    void storesEpochsRealSnapshotsUnderTheirPublishedHashes() throws IOException {
        Path epoch = Path.of("../../shared/epoch").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(epoch), "no " + epoch);
        SnapshotStore store = SnapshotStore.open(dir);
        SnapshotInfo older = store.put("2024.csv", Files.readAllBytes(epoch.resolve(
                "large_scale_ai_models_2024-07-16.csv"))).info();
        SnapshotInfo newer = store.put("2025.csv", Files.readAllBytes(epoch.resolve(
                "large_scale_ai_models_2025-05-20.csv"))).info();

        assertEquals("0895ccdb7312867313696337a116901885b2b9f5690da85cdff9614fe251a785", older.id());
        assertEquals(192, older.rows());
        assertEquals("2024", older.schema());
        assertEquals("7e6faa7de7e98f4bc343b4025ee66574ad705f8b1679dcc559350631b32b1e2d", newer.id());
        assertEquals(311, newer.rows());
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(StoreLock.FILE)).sorted().toList();
        }
    }
}
