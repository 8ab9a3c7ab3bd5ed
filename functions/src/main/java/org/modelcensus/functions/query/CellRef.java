package org.modelcensus.functions.query;

/** The value of another report cell (Excel: a cell reference). */
public record CellRef(CellKey key) implements Query {
    public static CellRef to(String table, String row, String column) {
        return new CellRef(new CellKey(table, row, column));
    }

    @Override
    public <R> R accept(QueryVisitor<R> visitor) {
        return visitor.cellRef(this);
    }
}
