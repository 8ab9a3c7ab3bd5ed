package org.modelcensus.functions.query;

/** 1 when {@code left op right} holds, else 0 (Excel: {@code IF(left op right, 1, 0)}). */
public record Compare(Filter.Op op, Query left, Query right) implements Query {
    @Override
    public <R> R accept(QueryVisitor<R> visitor) {
        return visitor.compare(this);
    }
}
