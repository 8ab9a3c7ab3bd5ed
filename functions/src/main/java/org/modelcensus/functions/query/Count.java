package org.modelcensus.functions.query;

import java.util.List;

/** The number of rows of a {@link LongTable} meeting every filter (Excel: {@code COUNTIFS}). */
public record Count(String table, List<Filter> filters) implements Query {
    public Count {
        filters = List.copyOf(filters);
        if (filters.isEmpty()) {
            throw new IllegalArgumentException("a count needs at least one filter (COUNTIFS does)");
        }
    }

    public static Count of(String table, Filter... filters) {
        return new Count(table, List.of(filters));
    }

    @Override
    public <R> R accept(QueryVisitor<R> visitor) {
        return visitor.count(this);
    }
}
