package org.modelcensus.server.store;

/** No snapshot has this id (HTTP 404). */
public final class UnknownSnapshotException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownSnapshotException(String id) {
        super("no snapshot with id '" + id + "'; ids are the sha256 of the CSV, as listed by GET /api/v1/snapshots");
    }
}
