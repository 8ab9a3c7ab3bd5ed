package org.modelcensus.functions.query;

/** A literal number or text. */
public record Constant(Object value) implements Query {
    public Constant {
        if (value instanceof Number n) {
            value = n.doubleValue();
        } else if (!(value instanceof String)) {
            throw new IllegalArgumentException("a constant is a number or text, not " + value);
        }
    }

    public static Constant of(Object value) {
        return new Constant(value);
    }

    @Override
    public <R> R accept(QueryVisitor<R> visitor) {
        return visitor.constant(this);
    }
}
