package org.modelcensus.functions.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modelcensus.functions.query.CellKey;

/**
 * A ledger's arithmetic expression over named cells: decimal numbers ({@code 100}, {@code 3.8E25}),
 * {@code printed(T3,언어(Language),계)} (the figure the report printed) and {@code computed(...)} (the
 * value computed in the check's one world), {@code + - * /}, unary minus, parentheses and the
 * comparisons {@code > < >= <= =} (1 when true, 0 when false: a rank is 1 plus the comparisons with
 * every other row). Evaluated in double precision; a syntax error names the 1-based character position.
 */
public final class Expression {
    /** Where a referenced cell's number comes from. */
    public enum Source {
        PRINTED, COMPUTED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A cell the expression reads. */
    public record CellRef(Source source, CellKey key) {
        @Override
        public String toString() {
            return source.id() + "(" + key.table() + "," + key.row() + "," + key.column() + ")";
        }
    }

    /** The numbers of the referenced cells: NaN when a cell is missing or not a number. */
    public interface Cells {
        double value(CellRef ref);
    }

    private interface Node {
        double eval(Cells cells);
    }

    private final String text;
    private final Node root;
    private final List<CellRef> cells;

    private Expression(String text, Node root, List<CellRef> cells) {
        this.text = text;
        this.root = root;
        this.cells = List.copyOf(cells);
    }

    /** The expression as written. */
    public String text() {
        return text;
    }

    /** The cells it reads, in the order written (empty for a constant expression). */
    public List<CellRef> cells() {
        return cells;
    }

    /** Whether it reads no cell. */
    public boolean isConstant() {
        return cells.isEmpty();
    }

    /** The value of a constant expression. */
    public double value() {
        if (!isConstant()) {
            throw new IllegalStateException("'" + text + "' reads cells: evaluate it with value(Cells)");
        }
        return root.eval(ref -> Double.NaN);
    }

    /** Its value with the cells' numbers (NaN or infinite when a cell has no number or a division by zero). */
    public double value(Cells values) {
        return root.eval(values);
    }

    /**
     * Parses an expression; a constant one is also evaluated.
     *
     * @throws IllegalArgumentException with the position, e.g. {@code position 5: expected a number}
     */
    public static Expression parse(String text) {
        Parser p = new Parser(text);
        Node n = p.comparison();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        Expression e = new Expression(text, n, p.refs);
        if (e.isConstant() && !Double.isFinite(e.value())) {
            throw new IllegalArgumentException("'" + text + "' is not a finite number (division by zero?)");
        }
        return e;
    }

    private static final class Parser {
        private final String s;
        private int pos;
        private int depth;
        private final List<CellRef> refs = new ArrayList<>();

        Parser(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean eat(String token) {
            skipSpace();
            if (s.startsWith(token, pos)) {
                pos += token.length();
                return true;
            }
            return false;
        }

        Node comparison() {
            Node a = sum();
            for (String op : List.of(">=", "<=", ">", "<", "=")) {
                if (eat(op)) {
                    Node b = sum();
                    return switch (op) {
                        case ">=" -> c -> a.eval(c) >= b.eval(c) ? 1 : 0;
                        case "<=" -> c -> a.eval(c) <= b.eval(c) ? 1 : 0;
                        case ">" -> c -> a.eval(c) > b.eval(c) ? 1 : 0;
                        case "<" -> c -> a.eval(c) < b.eval(c) ? 1 : 0;
                        default -> c -> a.eval(c) == b.eval(c) ? 1 : 0;
                    };
                }
            }
            return a;
        }

        Node sum() {
            Node v = product();
            while (true) {
                Node left = v;
                if (eat("+")) {
                    Node right = product();
                    v = c -> left.eval(c) + right.eval(c);
                } else if (eat("-")) {
                    Node right = product();
                    v = c -> left.eval(c) - right.eval(c);
                } else {
                    return v;
                }
            }
        }

        Node product() {
            Node v = factor();
            while (true) {
                Node left = v;
                if (eat("*")) {
                    Node right = factor();
                    v = c -> left.eval(c) * right.eval(c);
                } else if (eat("/")) {
                    Node right = factor();
                    v = c -> left.eval(c) / right.eval(c);
                } else {
                    return v;
                }
            }
        }

        Node factor() {
            if (eat("-")) {
                Node f = factor();
                return c -> -f.eval(c);
            }
            if (eat("(")) {
                if (++depth > 100) {
                    throw error("parentheses nested too deep");
                }
                Node v = comparison();
                if (!eat(")")) {
                    throw error("expected ')'");
                }
                depth--;
                return v;
            }
            skipSpace();
            for (Source src : Source.values()) {
                if (s.startsWith(src.id(), pos)) {
                    int save = pos;
                    pos += src.id().length();
                    if (eat("(")) {
                        CellRef ref = new CellRef(src, cell());
                        refs.add(ref);
                        return c -> c.value(ref);
                    }
                    pos = save;
                }
            }
            return number();
        }

        /** {@code table,row,column)}: three arguments split at top-level commas; rows may hold parentheses. */
        private CellKey cell() {
            List<String> args = new ArrayList<>();
            int start = pos;
            int level = 0;
            for (; pos < s.length(); pos++) {
                char ch = s.charAt(pos);
                if (ch == '(') {
                    level++;
                } else if (ch == ')' && level > 0) {
                    level--;
                } else if (ch == ')' || (ch == ',' && level == 0)) {
                    args.add(s.substring(start, pos).strip());
                    start = pos + 1;
                    if (ch == ')') {
                        pos++;
                        if (args.size() != 3 || args.stream().anyMatch(String::isEmpty)) {
                            throw error("a cell is (table,row,column), e.g. printed(F1,모델 수,계); found "
                                    + args.size() + " arguments");
                        }
                        return new CellKey(args.get(0), args.get(1), args.get(2));
                    }
                }
            }
            throw error("expected ')' closing the cell");
        }

        private Node number() {
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
                throw error(pos < s.length() ? "expected a number or a cell, found '" + s.charAt(pos) + "'"
                        : "expected a number at the end");
            }
            try {
                double v = Double.parseDouble(s.substring(start, pos));
                return c -> v;
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
