package org.modelcensus.functions.query;

import java.util.Objects;

/** The address of a report cell by labels: table id, row label, column label. */
public record CellKey(String table, String row, String column) {
    // equals and hashCode by hand, with the values a record's generated ones give: those link an
    // invokedynamic site and run through method handles, the slowest part of a cold start's report.
    @Override
    public boolean equals(Object o) {
        return o instanceof CellKey k && Objects.equals(table, k.table) && Objects.equals(row, k.row)
                && Objects.equals(column, k.column);
    }

    @Override
    public int hashCode() {
        return (Objects.hashCode(table) * 31 + Objects.hashCode(row)) * 31 + Objects.hashCode(column);
    }

    @Override
    public String toString() {
        return table + "[" + row + ", " + column + "]";
    }
}
