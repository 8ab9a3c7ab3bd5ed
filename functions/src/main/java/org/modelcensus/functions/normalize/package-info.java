/**
 * Normalization: editable mapping tables (CSV resources, one per dimension, scoped per report
 * edition) turn an Epoch snapshot into a {@link org.modelcensus.functions.normalize.NormalizedDataset}
 * — one row per model plus long tables (model × country / domain / task / organisation type /
 * developer), already mapped to the report's groups. The rules are those of
 * {@code NORMALIZATION.md}; {@link org.modelcensus.functions.normalize.Unmapped} lists what no
 * mapping covers.
 */
package org.modelcensus.functions.normalize;
