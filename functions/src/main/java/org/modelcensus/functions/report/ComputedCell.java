package org.modelcensus.functions.report;

import java.math.BigDecimal;
import java.math.MathContext;
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
        if (value instanceof Double d && Double.isFinite(d)) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            BigDecimal shortest = shortest(d);
            return Math.abs(d) < 1e15 ? shortest.toPlainString() : scientific(shortest, d < 0);
        }
        if (value instanceof ExcelError e) {
            return e.text();
        }
        return value == null ? "" : value.toString();
    }

    /** The fewest significant digits that read back as {@code d} (Java 17's toString sometimes gives more). */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits));
            if (rounded.doubleValue() == d) {
                return rounded;
            }
        }
        return exact.round(new MathContext(17));
    }

    /** {@code 3.8E25}: mantissa with at least one decimal, as Excel and pandas read it. */
    private static String scientific(BigDecimal shortest, boolean negative) {
        String mantissa = shortest.unscaledValue().abs().toString().replaceAll("0+$", "");
        int exponent = shortest.precision() - shortest.scale() - 1;
        String fraction = mantissa.length() > 1 ? mantissa.substring(1) : "0";
        return (negative ? "-" : "") + mantissa.charAt(0) + "." + fraction + "E" + exponent;
    }
}
