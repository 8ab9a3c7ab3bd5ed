package org.modelcensus.server.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one lock a store's writers share across processes: every change to the store's files, and the
 * start-up clean-up, runs while holding it, so no replica deletes a file another is writing. It is
 * a POSIX lock on {@code <store>/.lock}, released by the system when its holder dies; the shared
 * file system must support such locks (local disks, NFSv4, CephFS; not NFSv3 without lockd).
 */
final class StoreLock {
    static final String FILE = ".lock";
    /** File locks belong to the whole JVM, so the threads and store instances of one process queue here first. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final Path file;

    StoreLock(Path dir) {
        this.file = dir.resolve(FILE);
    }

    /** A change to the store's files; may throw {@link IOException}. */
    interface Change<T> {
        T run() throws IOException;
    }

    /** Runs {@code change} holding the lock; re-entrant, so a change may call another. */
    <T> T hold(Change<T> change) throws IOException {
        IN_PROCESS.lock();
        try {
            if (IN_PROCESS.getHoldCount() > 1) {
                return change.run();
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                channel.lock(); // released when the channel closes
                return change.run();
            }
        } finally {
            IN_PROCESS.unlock();
        }
    }
}
