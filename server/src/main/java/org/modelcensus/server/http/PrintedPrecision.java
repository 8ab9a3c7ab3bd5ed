package org.modelcensus.server.http;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A computed number written as the report prints its figures: at the printed figure's decimals
 * ({@code 86.2}), in its E-notation with its significant digits ({@code 3.81E+25}), or, for a cell
 * the report did not print, whole numbers as they are and others at one decimal (E-notation from 10⁷).
 *
 * <p>Example: {@code PrintedPrecision.format(3.810001e25, "3.80E+25")} is {@code "3.81E+25"}.
 */
final class PrintedPrecision {
    private PrintedPrecision() {
    }

    /** The value as text at the printed figure's precision; {@code printed} may be null or text. */
    static String format(Object value, String printed) {
        if (!(value instanceof Double d) || !Double.isFinite(d)) {
            return value == null ? "" : value.toString();
        }
        String p = printed == null ? "" : printed.strip();
        if (isNumber(p)) {
            int e = p.toUpperCase(Locale.ROOT).indexOf('E');
            if (e >= 0) {
                return scientific(d, p.substring(0, e).replace("-", "").replace(".", "").replaceFirst("^0+", "").length());
            }
            int dot = p.indexOf('.');
            return BigDecimal.valueOf(d).setScale(dot < 0 ? 0 : p.length() - dot - 1, RoundingMode.HALF_UP).toPlainString();
        }
        if (Math.abs(d) >= 1e7) {
            return scientific(d, 3);
        }
        return d == Math.rint(d) ? Long.toString(d.longValue())
                : BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String scientific(double d, int digits) {
        BigDecimal v = BigDecimal.valueOf(d).round(new MathContext(Math.max(1, digits), RoundingMode.HALF_UP));
        int exponent = v.precision() - v.scale() - 1;
        BigDecimal mantissa = v.movePointLeft(exponent).setScale(Math.max(0, digits - 1), RoundingMode.HALF_UP);
        return mantissa.toPlainString() + "E" + (exponent < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
    }

    private static boolean isNumber(String s) {
        try {
            new BigDecimal(s);
            return !s.isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
