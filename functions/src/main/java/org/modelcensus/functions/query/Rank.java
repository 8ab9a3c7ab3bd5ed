package org.modelcensus.functions.query;

import java.util.List;

/**
 * Competition rank (1, 2, 2, 4) of a cell's value among cells in descending order
 * (Excel: {@code RANK(value, range)}; the cells form one contiguous column of a table).
 */
public record Rank(CellKey target, List<CellKey> among) implements Query {
    public Rank {
        among = List.copyOf(among);
        if (!among.contains(target)) {
            throw new IllegalArgumentException(target + " is not among the ranked cells");
        }
    }

    @Override
    public <R> R accept(QueryVisitor<R> visitor) {
        return visitor.rank(this);
    }
}
