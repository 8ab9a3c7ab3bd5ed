package org.modelcensus.functions.query;

/**
 * A named input of a table (e.g. the first year counted) with its value; in the workbook it is a
 * labelled input cell that the table's formulas reference.
 */
public record Param(String table, String name, String label, Object value) implements Query {
    public Param {
        if (value instanceof Number n) {
            value = n.doubleValue();
        }
    }

    @Override
    public <R> R accept(QueryVisitor<R> visitor) {
        return visitor.param(this);
    }
}
