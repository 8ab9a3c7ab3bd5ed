package org.modelcensus.server.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Questionable;
import org.modelcensus.functions.dataset.Snapshot;

/**
 * Immutable, content-addressed Epoch snapshots in one directory: {@code <sha256>.csv} holds the
 * bytes, {@code <sha256>.json} the metadata. A snapshot exists iff its {@code .csv} file exists;
 * the metadata is written (durably) before it, so a visible snapshot always has its metadata.
 * Both are written through {@link DurableFiles} (temp file, fsync, atomic rename, directory fsync),
 * so a put that returned survives a crash, and a crash mid-put leaves only temp files and possibly
 * an orphan {@code .json}, which {@link #open} removes. Files whose bytes do not hash to their name
 * are moved to {@code quarantine/}. Several processes may share a directory (replicas over shared
 * storage, {@code census import} beside a running server): every change, and the clean-up of
 * {@link #open}, holds the store's {@link StoreLock}, so no process deletes what another is writing;
 * {@link #openForReading} cleans nothing up.
 *
 * <p>Example: {@code SnapshotStore.open(dir).put("epoch.csv", bytes).info().id()}
 */
public final class SnapshotStore {
    /** The default size limit, that of {@link EpochCsv#MAX_FILE_BYTES}. */
    public static final long DEFAULT_MAX_BYTES = EpochCsv.MAX_FILE_BYTES;

    static final String DATA = ".csv";
    static final String INFO = ".json";
    static final String QUARANTINE = "quarantine";
    private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_NAME_CHARS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final long maxBytes;
    private final StoreLock lock;
    private final List<String> recoveryNotes;

    private SnapshotStore(Path dir, long maxBytes, boolean recover) throws IOException {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.lock = new StoreLock(dir);
        this.recoveryNotes = recover ? new StoreRecovery(this).run() : List.of();
    }

    /** Opens (creating if needed) a store with the default size limit, cleaning up after any crash. */
    public static SnapshotStore open(Path dir) {
        return open(dir, DEFAULT_MAX_BYTES);
    }

    /** Opens a store that refuses snapshots over {@code maxBytes}. */
    public static SnapshotStore open(Path dir, long maxBytes) {
        try {
            Files.createDirectories(dir);
            return new SnapshotStore(dir.toRealPath(), maxBytes, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the snapshot store " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing store without the crash clean-up, so that reading it never deletes the
     * unfinished writes of a process (a running server) that owns it.
     */
    public static SnapshotStore openForReading(Path dir) {
        try {
            return new SnapshotStore(dir.toRealPath(), DEFAULT_MAX_BYTES, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the snapshot store " + dir + ": " + e.getMessage(), e);
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** What opening the store cleaned up: removed temp files, orphan metadata, quarantined files. */
    public List<String> recoveryNotes() {
        return recoveryNotes;
    }

    /** Reads at most the size limit from {@code in} and stores it as by {@link #put(String, byte[])}. */
    public StoredSnapshot put(String originalName, InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            return put(originalName, bytes);
        } catch (IOException e) {
            throw new BadInputException(originalName, 0, 0, "cannot read the upload: " + e.getMessage(), e);
        }
    }

    /**
     * Validates {@code bytes} as an Epoch CSV (a {@link BadInputException} naming line and column
     * otherwise, and nothing is stored) and stores them; returns once they are on disk. Storing the
     * same bytes again returns the existing snapshot with {@code created == false}.
     */
    public StoredSnapshot put(String originalName, byte[] bytes) {
        String name = cleanName(originalName);
        if (bytes.length > maxBytes) {
            throw new SnapshotTooLargeException(name, maxBytes);
        }
        Snapshot parsed = EpochCsv.parse(name, bytes);
        String id = parsed.provenance().sha256();
        List<String> warnings = parsed.questionable().stream().map(Questionable::message).toList();
        try {
            return lock.hold(() -> {
                if (Files.exists(dataFile(id))) {
                    return new StoredSnapshot(metadata(id), false, warnings);
                }
                SnapshotInfo info = new SnapshotInfo(id, name, parsed.provenance().rows(),
                        parsed.provenance().generation(), Instant.now().toString(), bytes.length);
                try {
                    writeInfo(info);
                    DurableFiles.write(dir, id + DATA, bytes);
                } catch (IOException e) {
                    throw failedWrite(name, info, e);
                }
                return new StoredSnapshot(info, true, warnings);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store snapshot " + id + ": " + e.getMessage(), e);
        }
    }

    /** Removes the metadata of a snapshot whose data could not be written, and says why it failed. */
    private RuntimeException failedWrite(String name, SnapshotInfo info, IOException e) {
        try {
            if (!Files.exists(dataFile(info.id()))) {
                Files.deleteIfExists(infoFile(info.id()));
            }
        } catch (IOException ignored) {
            // Start-up recovery removes metadata without data; the write's own failure matters more.
        }
        if (StoreFullException.isFull(dir, info.sizeBytes(), e)) {
            return new StoreFullException(name, info.sizeBytes(), e);
        }
        return new UncheckedIOException("cannot store snapshot " + info.id() + ": " + e.getMessage(), e);
    }

    /** Every complete snapshot in the order they were added ({@link SnapshotInfo#addedAt}, then id): newest last. */
    public List<SnapshotInfo> list() {
        List<SnapshotInfo> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                idOfDataFile(file.getFileName().toString()).ifPresent(id -> find(id).ifPresent(out::add));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the snapshot store: " + e.getMessage(), e);
        }
        // As instants: ISO strings of different precision ("...:05Z", "...:05.120Z") do not sort as text.
        out.sort(Comparator.comparing((SnapshotInfo i) -> Instant.parse(i.addedAt())).thenComparing(SnapshotInfo::id));
        return out;
    }

    /** The metadata of snapshot {@code id}; {@link UnknownSnapshotException} if there is none. */
    public SnapshotInfo metadata(String id) {
        return find(id).orElseThrow(() -> new UnknownSnapshotException(id));
    }

    /** The bytes of snapshot {@code id}, checked against the id (a {@link CorruptSnapshotException} if they differ). */
    public byte[] bytes(String id) {
        requireId(id);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(dataFile(id));
        } catch (NoSuchFileException e) {
            throw new UnknownSnapshotException(id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read snapshot " + id + ": " + e.getMessage(), e);
        }
        String actual = Hashes.sha256(bytes);
        if (!actual.equals(id)) {
            quarantine(id);
            throw new CorruptSnapshotException(id, actual);
        }
        return bytes;
    }

    /** Snapshot {@code id}, parsed. */
    public Snapshot snapshot(String id) {
        byte[] bytes = bytes(id);
        return EpochCsv.parse(metadata(id).originalName(), bytes);
    }

    private Optional<SnapshotInfo> find(String id) {
        requireId(id);
        if (!Files.exists(dataFile(id))) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(infoFile(id).toFile(), SnapshotInfo.class));
        } catch (IOException e) {
            // The data file exists, so its metadata was made durable first; a missing one was deleted by hand.
            return Optional.of(rebuildInfo(id));
        }
    }

    /** Metadata for a data file without any (written before the data file, so only after outside tampering). */
    SnapshotInfo rebuildInfo(String id) {
        try {
            byte[] bytes = bytes(id);
            Snapshot parsed = EpochCsv.parse(id + DATA, bytes);
            SnapshotInfo info = new SnapshotInfo(id, id + DATA, parsed.provenance().rows(),
                    parsed.provenance().generation(), Files.getLastModifiedTime(dataFile(id)).toInstant().toString(),
                    bytes.length);
            lock.hold(() -> {
                writeInfo(info);
                return null;
            });
            return info;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the metadata of snapshot " + id + ": " + e.getMessage(), e);
        }
    }

    private void writeInfo(SnapshotInfo info) throws IOException {
        DurableFiles.write(dir, info.id() + INFO, JSON.writeValueAsBytes(info));
    }

    /** Moves a snapshot's files out of sight, keeping them for inspection. */
    void quarantine(String id) {
        try {
            lock.hold(() -> {
                Path target = Files.createDirectories(dir.resolve(QUARANTINE));
                long now = System.currentTimeMillis();
                for (Path file : List.of(dataFile(id), infoFile(id))) {
                    if (Files.exists(file)) {
                        Files.move(file, target.resolve(file.getFileName() + "." + now));
                    }
                }
                DurableFiles.syncDirectory(dir);
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot quarantine snapshot " + id + ": " + e.getMessage(), e);
        }
    }

    Path dir() {
        return dir;
    }

    StoreLock lock() {
        return lock;
    }

    Path dataFile(String id) {
        return dir.resolve(id + DATA);
    }

    Path infoFile(String id) {
        return dir.resolve(id + INFO);
    }

    static boolean isId(String s) {
        return s != null && ID.matcher(s).matches();
    }

    static Optional<String> idOfDataFile(String fileName) {
        return idOf(fileName, DATA);
    }

    static Optional<String> idOf(String fileName, String suffix) {
        if (!fileName.endsWith(suffix)) {
            return Optional.empty();
        }
        String id = fileName.substring(0, fileName.length() - suffix.length());
        return isId(id) ? Optional.of(id) : Optional.empty();
    }

    private static void requireId(String id) {
        if (!isId(id)) {
            throw new UnknownSnapshotException(id);
        }
    }

    /** The last path segment, without control characters, at most 200 characters; {@code upload.csv} if blank. */
    static String cleanName(String originalName) {
        String name = originalName == null ? "" : originalName.replaceAll("\\p{Cntrl}", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.length() > MAX_NAME_CHARS) {
            name = name.substring(0, MAX_NAME_CHARS);
        }
        return name.isEmpty() ? "upload.csv" : name;
    }
}
