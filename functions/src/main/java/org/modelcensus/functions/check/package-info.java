/**
 * The check of a report against its printed figures
 * ({@link org.modelcensus.functions.check.PublishedFigures}) and the explanation ledger that says
 * why a differing cell differs ({@link org.modelcensus.functions.check.Ledger}, read by
 * {@link org.modelcensus.functions.check.LedgerFile}).
 *
 * <p>Example: {@code Check.of(report, PublishedFigures.builtIn(), Ledger.builtIn(report.edition()), List.of())}
 */
package org.modelcensus.functions.check;
