/**
 * Importing Epoch AI "Large-Scale AI Models" CSV snapshots (every schema generation that
 * {@link org.modelcensus.functions.dataset.EpochSchema} declares, matched by header name) into immutable
 * {@link org.modelcensus.functions.dataset.Snapshot}s that carry their provenance; the project's own
 * {@link org.modelcensus.functions.dataset.SampleData} (written from the report texts, labelled a
 * sample everywhere) and a generator of large Epoch-like files,
 * {@link org.modelcensus.functions.dataset.SyntheticSnapshot}, for benchmarks and robustness tests.
 *
 * <p>Example: {@code Snapshot s = EpochCsv.read(Path.of("large_scale_ai_models.csv"));}
 */
package org.modelcensus.functions.dataset;
