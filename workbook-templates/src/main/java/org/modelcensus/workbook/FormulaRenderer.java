package org.modelcensus.workbook;

import java.util.StringJoiner;
import org.modelcensus.functions.query.Arithmetic;
import org.modelcensus.functions.query.CellRef;
import org.modelcensus.functions.query.Compare;
import org.modelcensus.functions.query.Constant;
import org.modelcensus.functions.query.Count;
import org.modelcensus.functions.query.Filter;
import org.modelcensus.functions.query.Lookup;
import org.modelcensus.functions.query.Param;
import org.modelcensus.functions.query.Query;
import org.modelcensus.functions.query.QueryVisitor;
import org.modelcensus.functions.query.Rank;
import org.modelcensus.functions.report.ComputedCell;

/**
 * The workbook's interpreter of a cell definition: renders a {@link Query} as a native Excel formula
 * (without the leading {@code =}) that means what {@link org.modelcensus.functions.query.Evaluator}
 * computes. Only functions that Excel 2010+, LibreOffice and Apache POI all evaluate: COUNTIFS over
 * structured references with exact, wildcard-escaped criteria, INDEX/MATCH, RANK and IF.
 */
final class FormulaRenderer implements QueryVisitor<String> {
    /** The longest text Excel accepts in a formula string literal or a COUNTIFS criterion. */
    static final int MAX_LITERAL = 255;

    private final Layout layout;
    private final String sheet;

    /** Renders formulas for cells of {@code sheet}, whose own cells are referenced without a sheet name. */
    FormulaRenderer(Layout layout, String sheet) {
        this.layout = layout;
        this.sheet = sheet;
    }

    String render(Query q) {
        return q.accept(this);
    }

    @Override
    public String count(Count q) {
        StringJoiner args = new StringJoiner(",", "COUNTIFS(", ")");
        for (Filter f : q.filters()) {
            args.add(q.table() + "[" + f.column() + "]");
            args.add(criterion(f));
        }
        return args.toString();
    }

    private String criterion(Filter f) {
        if (f.value() instanceof Constant c) {
            if (c.value() instanceof Double d) {
                return f.op() == Filter.Op.EQ ? number(d) : literal(f.op().symbol() + number(d));
            }
            if (f.op() != Filter.Op.EQ) {
                throw new IllegalArgumentException("text can only be compared for equality: " + f);
            }
            return literal("=" + escapeWildcards((String) c.value()));
        }
        String value = render(f.value());
        // A number compares equal as itself; an order needs the operator in front as text.
        return f.op() == Filter.Op.EQ ? value : literal(f.op().symbol()) + "&" + value;
    }

    /** COUNTIFS treats {@code * ? ~} as wildcards; {@code ~} escapes them so text matches exactly. */
    static String escapeWildcards(String text) {
        StringBuilder b = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '~' || ch == '*' || ch == '?') {
                b.append('~');
            }
            b.append(ch);
        }
        return b.toString();
    }

    /** A formula string literal: quotes doubled. */
    static String literal(String text) {
        if (text.length() > MAX_LITERAL) {
            throw new IllegalArgumentException("text longer than " + MAX_LITERAL + " characters cannot be a formula "
                    + "criterion in Excel: " + text.substring(0, 40) + "...");
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** A number literal: integers without a decimal point, others in the shortest exact form. */
    static String number(double d) {
        String text = ComputedCell.format(d);
        return d < 0 ? "(" + text + ")" : text;
    }

    @Override
    public String lookup(Lookup q) {
        String value = "INDEX(" + q.table() + "[" + q.valueColumn() + "],MATCH(" + q.key() + "," + q.table() + "["
                + q.keyColumn() + "],0))";
        // INDEX of a blank cell yields 0 in a formula; the engine's value of a blank is "".
        return "IF(" + value + "=\"\",\"\"," + value + ")";
    }

    @Override
    public String cellRef(CellRef q) {
        return layout.reference(q.key(), sheet);
    }

    @Override
    public String arithmetic(Arithmetic q) {
        return operand(q.left()) + q.op().symbol() + operand(q.right());
    }

    private String operand(Query q) {
        String text = render(q);
        return q instanceof Arithmetic ? "(" + text + ")" : text;
    }

    @Override
    public String constant(Constant q) {
        return q.value() instanceof Double d ? number(d) : literal((String) q.value());
    }

    @Override
    public String param(Param q) {
        return layout.param(q, sheet);
    }

    @Override
    public String rank(Rank q) {
        return "RANK(" + layout.reference(q.target(), sheet) + "," + layout.range(q.among(), sheet) + ")";
    }

    @Override
    public String compare(Compare q) {
        return "IF(" + operand(q.left()) + q.op().symbol() + operand(q.right()) + ",1,0)";
    }
}
