package org.modelcensus.functions.query;

/**
 * One exact criterion of a {@link Count}: column, comparison and value (a {@link Constant},
 * {@link Param} or any query yielding a scalar). Text compares case-insensitively and without
 * wildcards, as an escaped COUNTIFS criterion does in Excel.
 */
public record Filter(String column, Op op, Query value) {
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
}
