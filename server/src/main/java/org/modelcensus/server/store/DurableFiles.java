package org.modelcensus.server.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that after a crash it is either absent or complete under its final name:
 * a temp file in the same directory, fsync, atomic rename, fsync of the directory.
 */
final class DurableFiles {
    /** Prefix of in-progress files; whatever carries it after a crash is garbage. */
    static final String TEMP_PREFIX = ".tmp-";

    private DurableFiles() {
    }

    /** Writes {@code bytes} to {@code dir/name}, replacing any file of that name, and returns once it is on disk. */
    static void write(Path dir, String name, byte[] bytes) throws IOException {
        Path temp = dir.resolve(TEMP_PREFIX + UUID.randomUUID());
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(dir);
    }

    /** Makes renames and deletions in {@code dir} durable (Linux allows fsync on a directory opened read-only). */
    static void syncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
