/**
 * Snapshot diff: which models Epoch added, removed or revised between two snapshots, field by
 * field — the usual reason a figure drifts from last year's edition.
 *
 * <p>Example: {@code SnapshotDiff d = SnapshotDiff.of(EpochCsv.read(a), EpochCsv.read(b)); d.added();}
 */
package org.modelcensus.functions.diff;
