/**
 * Drift: which cells of an edition changed from one snapshot to the next, and which models entered
 * or left each count cell, with a reason from a closed vocabulary ({@link org.modelcensus.functions.drift.Reason}).
 *
 * <p>Example: {@code Drift d = Drift.of(Reports.build(a), Reports.build(b)); d.rows();}
 */
package org.modelcensus.functions.drift;
