package org.modelcensus.server.store;

/** The outcome of a put: the snapshot's metadata and whether this put added it ({@code false}: already stored). */
public record StoredSnapshot(SnapshotInfo info, boolean created) {
}
