package org.modelcensus.functions.report;

import java.math.BigDecimal;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.query.ExcelError;
import org.modelcensus.functions.query.Query;

/** A report cell with its definition and Java value. */
public record ComputedCell(CellKey key, Query query, Object value) {

    /** The value as text at full precision: {@code 3}, {@code 226.07877}, {@code 3.8E25}, text, {@code #DIV/0!}. */
    public String text() {
        return format(value);
    }

    /** Formats a cell value as {@link #text()} does. */
    public static String format(Object value) {
        if (value instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            if (Math.abs(d) >= 1e15) {
                return Double.toString(d);
            }
            return BigDecimal.valueOf(d).toPlainString();
        }
        if (value instanceof ExcelError e) {
            return e.text();
        }
        return value == null ? "" : value.toString();
    }
}
