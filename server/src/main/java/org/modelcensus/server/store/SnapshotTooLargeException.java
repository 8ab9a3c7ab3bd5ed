package org.modelcensus.server.store;

/** A snapshot larger than the store accepts (HTTP 413). */
public final class SnapshotTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SnapshotTooLargeException(String source, long limit) {
        super(source + ": the snapshot exceeds the limit of " + limit + " bytes");
    }
}
