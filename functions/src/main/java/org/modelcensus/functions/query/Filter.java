package org.modelcensus.functions.query;

/**
 * One exact criterion of a {@link Count}: column, comparison and value (a {@link Constant},
 * {@link Param} or any query yielding a scalar). Text compares case-insensitively and without
 * wildcards, as an escaped COUNTIFS criterion does in Excel.
 */
public record Filter(String column, Op op, Query value) {
    /** The longest text Excel accepts in a COUNTIFS criterion (or any formula string literal). */
    public static final int MAX_CRITERION_TEXT = 255;

    /** Comparisons a COUNTIFS criterion can express. */
    public enum Op {
        EQ("="), GT(">"), GE(">="), LT("<"), LE("<=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public static Filter eq(String column, Object value) {
        return new Filter(column, Op.EQ, Constant.of(value));
    }

    public static Filter eq(String column, Query value) {
        return new Filter(column, Op.EQ, value);
    }

    public static Filter ge(String column, Query value) {
        return new Filter(column, Op.GE, value);
    }

    public static Filter le(String column, Query value) {
        return new Filter(column, Op.LE, value);
    }

    public static Filter gt(String column, Query value) {
        return new Filter(column, Op.GT, value);
    }

    /**
     * Whether {@code text} fits an exact-match COUNTIFS criterion: {@code "="} plus the text, with a
     * {@code ~} before each wildcard character, in at most {@value #MAX_CRITERION_TEXT} characters.
     */
    public static boolean fitsCriterion(String text) {
        // A loop, not a stream: report builders ask this of every text they filter by.
        int wildcards = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '~' || c == '*' || c == '?') {
                wildcards++;
            }
        }
        return 1 + text.length() + wildcards <= MAX_CRITERION_TEXT;
    }
}
