/**
 * Importing Epoch AI "Large-Scale AI Models" CSV snapshots (both schema generations) into immutable
 * {@link org.modelcensus.functions.dataset.Snapshot}s that carry their provenance.
 *
 * <p>Example: {@code Snapshot s = EpochCsv.read(Path.of("large_scale_ai_models.csv"));}
 */
package org.modelcensus.functions.dataset;
