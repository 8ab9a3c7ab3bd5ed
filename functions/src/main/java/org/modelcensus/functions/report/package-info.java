/**
 * The tables and figures of an edition, in the order its edition file lists them, each cell a
 * {@link org.modelcensus.functions.query.Query}.
 *
 * <p>Example: {@code Report r = Reports.build(data); r.evaluate();}
 */
package org.modelcensus.functions.report;
