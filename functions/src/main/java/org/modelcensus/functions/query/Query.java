package org.modelcensus.functions.query;

/**
 * The definition of one table cell. Every kind has two interpreters, {@link Evaluator} (Java) and
 * the workbook's formula renderer; adding a kind adds a method to {@link QueryVisitor}, so the
 * compiler asks for both.
 */
public sealed interface Query permits Count, Lookup, CellRef, Arithmetic, Constant, Param, Rank, Compare {
    <R> R accept(QueryVisitor<R> visitor);
}
