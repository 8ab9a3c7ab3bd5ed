package org.modelcensus.functions.query;

/** The address of a report cell by labels: table id, row label, column label. */
public record CellKey(String table, String row, String column) {
    @Override
    public String toString() {
        return table + "[" + row + ", " + column + "]";
    }
}
