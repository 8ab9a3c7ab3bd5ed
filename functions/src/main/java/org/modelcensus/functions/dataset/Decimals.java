package org.modelcensus.functions.dataset;

import java.math.BigDecimal;

/**
 * Plain decimal texts of at most 15 digits, read without {@link BigDecimal}: Epoch's numbers are such
 * texts, and the import checks and the normalizer read one or more of them for every model.
 */
public final class Decimals {
    private Decimals() {
    }

    /** Exact powers of ten as doubles: 10^22 is the largest. */
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * The value of a {@link #fewDigits} text when its digits and its power of ten are both exact doubles:
     * then one multiplication or division rounds once, correctly, as {@link Double#parseDouble} does
     * (Clinger's fast path), without its buffers. NaN when the power is out of that range.
     */
    public static double exactly(String s) {
        int n = s.length();
        int i = s.charAt(0) == '+' ? 1 : 0;
        long digits = 0;
        int scale = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                scale += point ? 1 : 0;
            } else if (c == '.') {
                point = true;
            } else {
                break;
            }
        }
        long exponent = 0;
        if (i < n) {
            i++;
            boolean negative = s.charAt(i) == '-';
            if (negative || s.charAt(i) == '+') {
                i++;
            }
            for (; i < n; i++) {
                exponent = exponent * 10 + (s.charAt(i) - '0');
            }
            exponent = negative ? -exponent : exponent;
        }
        long power = exponent - scale;
        if (digits == 0) {
            return 0.0;
        }
        if (power >= 0 && power < POW10.length) {
            return digits * POW10[(int) power];
        }
        if (power < 0 && -power < POW10.length) {
            return digits / POW10[(int) -power];
        }
        return Double.NaN;
    }

    /**
     * Whether {@code s} is a plain decimal number, {@code [+]digits[.digits][(e|E)[+-]digits]}, with
     * at least one and at most 15 digits before the exponent: the form {@link BigDecimal} and
     * {@link Double#parseDouble} read alike.
     */
    public static boolean fewDigits(String s) {
        int i = 0;
        int n = s.length();
        // Not '-': BigDecimal reads "-0" as 0, parseDouble as -0.0.
        if (i < n && s.charAt(i) == '+') {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0 || digits > 15) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (s.charAt(i) != 'e' && s.charAt(i) != 'E') {
            return false;
        }
        i++;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int exponentDigits = 0;
        for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            exponentDigits++;
        }
        return i == n && exponentDigits > 0 && exponentDigits <= 9;
    }
}
