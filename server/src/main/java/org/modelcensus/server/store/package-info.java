/**
 * The snapshot store: immutable, content-addressed Epoch CSV snapshots kept in a directory with
 * durable writes ({@link org.modelcensus.server.store.SnapshotStore}), server-side import from
 * public https URLs ({@link org.modelcensus.server.store.UrlImport}) and the
 * {@code /api/v1/snapshots} routes ({@link org.modelcensus.server.store.SnapshotRoutes}); several
 * processes may share a store ({@link org.modelcensus.server.store.StoreLock}, the per-process
 * upload spools of {@link org.modelcensus.server.store.UploadSpool}).
 */
package org.modelcensus.server.store;
