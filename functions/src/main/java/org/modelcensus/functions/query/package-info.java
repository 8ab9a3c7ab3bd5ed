/**
 * One definition per table cell: a {@link org.modelcensus.functions.query.Query} value such as
 * "count rows of {@code Countries} with Year = 2024 and Country = 한국", with two interpreters —
 * {@link org.modelcensus.functions.query.Evaluator} computes it in Java, and the workbook module
 * renders the same value as a native Excel formula. The data they run over are
 * {@link org.modelcensus.functions.query.LongTable}s, which become Excel Tables in the workbook.
 */
package org.modelcensus.functions.query;
