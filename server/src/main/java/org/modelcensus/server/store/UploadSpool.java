package org.modelcensus.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Where the server spools multipart uploads: one directory per process under the store's
 * {@code .uploads/}, named {@code <pid>-<random>} and paired with a lock file the process holds
 * while it lives, so that any replica's start-up deletes the spools of dead processes (a killed
 * upload leaves its part there) and never those of live ones.
 *
 * <p>Example: {@code multipartConfig.cacheDirectory(UploadSpool.of(storeDir).toString())}
 */
public final class UploadSpool {
    static final String DIR = ".uploads";
    private static final String LOCK = ".lock";
    /** The spools this process holds, by store; their channels stay open so that their locks last. */
    private static final Map<Path, Held> HELD = new ConcurrentHashMap<>();

    /** A spool directory and the open channel whose lock marks it live. */
    private record Held(Path dir, Path lockFile, FileChannel channel) {
    }

    private UploadSpool() {
    }

    /** This process's spool directory in the store at {@code storeDir}, created and locked on first use. */
    public static Path of(Path storeDir) {
        try {
            Path root = Files.createDirectories(storeDir.resolve(DIR)).toRealPath();
            return HELD.computeIfAbsent(root, UploadSpool::create).dir();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the upload spool in " + storeDir + ": " + e.getMessage(), e);
        }
    }

    private static Held create(Path root) {
        try {
            while (true) {
                String owner = ProcessHandle.current().pid() + "-"
                        + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
                Path lockFile = root.resolve(owner + LOCK);
                FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                channel.lock();
                // A cleaner may have taken the fresh, unlocked file for a dead one's and deleted it: pick another name.
                if (Files.exists(lockFile)) {
                    return new Held(Files.createDirectories(root.resolve(owner)), lockFile, channel);
                }
                channel.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock an upload spool in " + root + ": " + e.getMessage(), e);
        }
    }

    /**
     * Gives up this process's spool in the store at {@code storeDir}, when its server stops: deletes
     * the directory and its lock file and releases the lock. Nothing happens if it holds none.
     */
    public static void release(Path storeDir) {
        try {
            Held held = HELD.remove(storeDir.resolve(DIR).toRealPath());
            if (held != null) {
                deleteTree(held.dir());
                Files.deleteIfExists(held.lockFile());
                held.channel().close();
            }
        } catch (IOException e) {
            // A spool left behind is deleted by the next start-up on this store.
        }
    }

    /** Deletes the spools (and stray files) of processes that no longer hold their lock; one note per spool. */
    static List<String> cleanDead(Path storeDir) throws IOException {
        Path root = storeDir.resolve(DIR);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        for (Path entry : list(root)) {
            String name = entry.getFileName().toString();
            if (name.endsWith(LOCK)) {
                cleanIfDead(root, name.substring(0, name.length() - LOCK.length()), notes);
            } else if (!Files.exists(root.resolve(name + LOCK)) && deleteTree(entry) > 0) {
                notes.add("deleted the unowned upload spool " + DIR + "/" + name);
            }
        }
        return notes;
    }

    private static void cleanIfDead(Path root, String owner, List<String> notes) throws IOException {
        Path lockFile = root.resolve(owner + LOCK);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return; // a live process in another JVM
            }
            int deleted = deleteTree(root.resolve(owner));
            Files.deleteIfExists(lockFile);
            notes.add("deleted the upload spool of the dead process " + owner + " (" + deleted + " files)");
        } catch (OverlappingFileLockException e) {
            // This JVM holds it: a live spool of this very process.
        } catch (NoSuchFileException e) {
            // Another replica cleaned it meanwhile.
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.toList();
        }
    }

    /** Deletes a file or directory tree; the number of regular files it held. */
    private static int deleteTree(Path top) throws IOException {
        if (!Files.exists(top)) {
            return 0;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(top)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        int files = 0;
        for (Path p : all) {
            files += Files.isRegularFile(p) ? 1 : 0;
            Files.deleteIfExists(p);
        }
        return files;
    }
}
