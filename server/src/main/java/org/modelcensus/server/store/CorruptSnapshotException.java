package org.modelcensus.server.store;

/** A stored file whose bytes no longer hash to its name; it has been moved to the quarantine folder (HTTP 500). */
public final class CorruptSnapshotException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CorruptSnapshotException(String id, String actual) {
        super("snapshot " + id + " is corrupt on disk (its bytes hash to " + actual + "); it was quarantined");
    }
}
