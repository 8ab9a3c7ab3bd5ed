/**
 * The check of a report against its printed figures
 * ({@link org.modelcensus.functions.check.PublishedFigures}) and the explanation ledger that says
 * why a differing cell differs ({@link org.modelcensus.functions.check.Ledger}, read by
 * {@link org.modelcensus.functions.check.LedgerFile}), counted in one world: the data with the ledger's
 * scenario ({@code ledger/<edition>-scenario.csv}) applied once, each cause credited by ablation, other
 * hypotheses shown as alternatives; report-side causes and the numbers of the report texts
 * ({@code published/spri-prose.csv}) are {@link org.modelcensus.functions.check.Expression}s over cells.
 *
 * <p>Example: {@code Check.of(report, PublishedFigures.builtIn(), Ledger.builtIn(report.edition()), List.of())}
 */
package org.modelcensus.functions.check;
