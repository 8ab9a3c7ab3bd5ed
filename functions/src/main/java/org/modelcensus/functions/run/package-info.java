/**
 * One run per snapshot and {@link org.modelcensus.functions.run.Recipe}: the only place where snapshot →
 * corrections → mappings and organisation types → normalization → report → check → function catalogue
 * is put together. Commands, routes, workbooks and the notebook endpoints take a
 * {@link org.modelcensus.functions.run.Run}; a drift is two runs of one recipe.
 *
 * <p>Example: {@code Run run = Run.of(snapshot, Recipe.of(Edition.resolve(null))); run.check().totals();}
 */
package org.modelcensus.functions.run;
