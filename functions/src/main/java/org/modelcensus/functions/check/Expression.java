package org.modelcensus.functions.check;

/**
 * A ledger's arithmetic expression: decimal numbers (e.g. {@code 125}, {@code 86.2}, {@code 3.8E25}),
 * {@code + - * /}, unary minus and parentheses, e.g. {@code 125/145*100}. Evaluated in double
 * precision; a syntax error names the 1-based character position.
 */
public final class Expression {
    private final String text;
    private final double value;

    private Expression(String text, double value) {
        this.text = text;
        this.value = value;
    }

    /** The expression as written. */
    public String text() {
        return text;
    }

    /** Its value. */
    public double value() {
        return value;
    }

    /**
     * Parses and evaluates an expression.
     *
     * @throws IllegalArgumentException with the position, e.g. {@code position 5: expected a number}
     */
    public static Expression parse(String text) {
        Parser p = new Parser(text);
        double v = p.sum();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("'" + text + "' is not a finite number (division by zero?)");
        }
        return new Expression(text, v);
    }

    private static final class Parser {
        private final String s;
        private int pos;
        private int depth;

        Parser(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean eat(char c) {
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        double sum() {
            double v = product();
            while (true) {
                if (eat('+')) {
                    v += product();
                } else if (eat('-')) {
                    v -= product();
                } else {
                    return v;
                }
            }
        }

        double product() {
            double v = factor();
            while (true) {
                if (eat('*')) {
                    v *= factor();
                } else if (eat('/')) {
                    v /= factor();
                } else {
                    return v;
                }
            }
        }

        double factor() {
            if (eat('-')) {
                return -factor();
            }
            if (eat('(')) {
                if (++depth > 100) {
                    throw error("parentheses nested too deep");
                }
                double v = sum();
                if (!eat(')')) {
                    throw error("expected ')'");
                }
                depth--;
                return v;
            }
            skipSpace();
            int start = pos;
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                pos++;
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E') && pos > start) {
                int save = pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                int digits = pos;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
                if (pos == digits) {
                    pos = save;
                }
            }
            if (start == pos) {
                throw error(pos < s.length() ? "expected a number, found '" + s.charAt(pos) + "'" : "expected a number at the end");
            }
            try {
                return Double.parseDouble(s.substring(start, pos));
            } catch (NumberFormatException e) {
                String bad = s.substring(start, pos);
                pos = start;
                throw error("'" + bad + "' is not a number");
            }
        }

        IllegalArgumentException error(String problem) {
            return new IllegalArgumentException("position " + (pos + 1) + ": " + problem);
        }
    }
}
