package org.modelcensus.server.store;

import java.util.List;

/**
 * The outcome of a put: the snapshot's metadata, whether this put added it ({@code false}: already
 * stored) and the one-line warnings of its questionable values (file, line, column: see
 * {@code Snapshot#questionable}), such as a text too long for an Excel cell, which workbooks cut.
 */
public record StoredSnapshot(SnapshotInfo info, boolean created, List<String> warnings) {
    public StoredSnapshot {
        warnings = List.copyOf(warnings);
    }

    /** An outcome without warnings. */
    public StoredSnapshot(SnapshotInfo info, boolean created) {
        this(info, created, List.of());
    }
}
