package org.modelcensus.server.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The store's disk (or quota) has no room for a snapshot; nothing of it was kept (HTTP 507). */
public final class StoreFullException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreFullException(String name, long bytes, IOException cause) {
        super(name + ": the snapshot store has no room for " + bytes + " more bytes; nothing was stored. "
                + "Free disk space on the store and send the snapshot again", cause);
    }

    /**
     * Whether a failed write of {@code bytes} into {@code dir} failed for want of space. Java has no
     * exception type for ENOSPC, so the free space decides, and the OS's message where space cannot be read.
     */
    static boolean isFull(Path dir, long bytes, IOException e) {
        try {
            return Files.getFileStore(dir).getUsableSpace() < bytes + 64 * 1024;
        } catch (IOException unreadable) {
            String m = String.valueOf(e.getMessage());
            return m.contains("No space left") || m.contains("quota");
        }
    }
}
