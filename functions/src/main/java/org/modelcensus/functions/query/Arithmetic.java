package org.modelcensus.functions.query;

/** {@code left op right} over numbers; division by zero gives {@code #DIV/0!} as in Excel. */
public record Arithmetic(Op op, Query left, Query right) implements Query {
    public enum Op {
        PLUS("+"), MINUS("-"), TIMES("*"), DIVIDE("/"), POWER("^");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public static Query plus(Query a, Query b) {
        return new Arithmetic(Op.PLUS, a, b);
    }

    public static Query minus(Query a, Query b) {
        return new Arithmetic(Op.MINUS, a, b);
    }

    public static Query times(Query a, Query b) {
        return new Arithmetic(Op.TIMES, a, b);
    }

    public static Query divide(Query a, Query b) {
        return new Arithmetic(Op.DIVIDE, a, b);
    }

    public static Query power(Query a, Query b) {
        return new Arithmetic(Op.POWER, a, b);
    }

    /** {@code part / whole * 100}: a share in percent units. */
    public static Query percent(Query part, Query whole) {
        return times(divide(part, whole), Constant.of(100));
    }

    /** {@code ((last / first) ^ (1 / periods) - 1) * 100}: compound annual growth in percent units. */
    public static Query cagrPercent(Query first, Query last, Query periods) {
        return times(minus(power(divide(last, first), divide(Constant.of(1), periods)), Constant.of(1)),
                Constant.of(100));
    }

    @Override
    public <R> R accept(QueryVisitor<R> visitor) {
        return visitor.arithmetic(this);
    }
}
