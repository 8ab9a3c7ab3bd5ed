package org.modelcensus.server.store;

/**
 * What the store knows about one snapshot: its id (the sha256 hex of its bytes), the name it was
 * uploaded or fetched under, its row count and schema generation ({@code 2024}, {@code 2025}, {@code 2026}, ...),
 * when it was added (ISO-8601 instant) and its size in bytes.
 */
public record SnapshotInfo(String id, String originalName, int rows, String schema, String addedAt, long sizeBytes) {
}
