package org.modelcensus.functions.query;

/**
 * A value of the row whose numeric {@code keyColumn} equals {@code key}; blank gives "" (Excel:
 * {@code INDEX(T[value], MATCH(key, T[key], 0))}).
 */
public record Lookup(String table, String keyColumn, int key, String valueColumn) implements Query {
    @Override
    public <R> R accept(QueryVisitor<R> visitor) {
        return visitor.lookup(this);
    }
}
