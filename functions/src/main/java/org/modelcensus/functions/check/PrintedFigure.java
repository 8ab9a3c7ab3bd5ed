package org.modelcensus.functions.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import org.modelcensus.functions.query.CellKey;

/**
 * A figure as a report printed it (text), and how a computed value is compared with it: numbers at
 * the printed precision ({@code 86.2} → one decimal, {@code 3.80E+25} → three significant digits),
 * text after collapsing white space, a blank print against a blank value.
 *
 * @param sentence the sentence of the report text the number is printed in (numbers of the prose), else empty
 * @param backing  for a number of the prose, the expression over cells that backs it (its computed value), else null
 */
public record PrintedFigure(String report, CellKey key, String published, String certainty, String note, String sentence,
        Expression backing) {

    /** The table name of the numbers of the report text ({@code published/spri-prose.csv}). */
    public static final String TEXT_TABLE = "본문";

    public PrintedFigure {
        sentence = sentence == null ? "" : sentence;
    }

    /** A figure printed in a table (or a prose figure keyed as a table cell). */
    public PrintedFigure(String report, CellKey key, String published, String certainty, String note) {
        this(report, key, published, certainty, note, "", null);
    }

    public boolean matches(Object computed) {
        String p = published.strip();
        if (computed instanceof Double d) {
            BigDecimal printed = parse(p);
            return printed != null && round(d, p).compareTo(printed) == 0;
        }
        String text = computed == null ? "" : computed.toString();
        return collapse(text).equals(collapse(p));
    }

    /**
     * Whether two numbers are the same at this figure's printed precision (both rounded as a
     * computed value is for {@link #matches}); false when the print is not a number.
     */
    public boolean sameAtPrintedPrecision(double a, double b) {
        String p = published.strip();
        if (parse(p) == null || !Double.isFinite(a) || !Double.isFinite(b)) {
            return false;
        }
        return round(a, p).compareTo(round(b, p)) == 0;
    }

    /**
     * How the cell counts in the check's separate totals, from its certainty: {@code printed} (printed
     * in a table of the report — numbers, and the names and dates of its lists), {@code blankAsZero}
     * (printed blank and read as 0: {@code blank=0}, {@code reconstructed:blank=0}),
     * {@code blankUndisclosed} (printed blank because the report does not disclose the value; compared
     * with a blank computed value), {@code prose} (stated in the text: {@code text}),
     * {@code reconstructed} (read off a chart), {@code derived} (worked out from other printed figures).
     */
    public String kind() {
        if (backing != null) {
            return "prose";
        }
        String c = certainty.strip();
        if (c.endsWith("blank=0")) {
            return "blankAsZero";
        }
        if (c.startsWith("blank=") || c.contains(":blank=")) {
            return "blankUndisclosed";
        }
        return switch (c) {
            case "text" -> "prose";
            case "" -> "printed";
            default -> c;
        };
    }

    private static BigDecimal round(double value, String printed) {
        BigDecimal v = BigDecimal.valueOf(value);
        String upper = printed.toUpperCase(Locale.ROOT);
        int e = upper.indexOf('E');
        if (e >= 0) {
            String mantissa = upper.substring(0, e).replace("-", "").replace(".", "");
            return v.round(new MathContext(mantissa.replaceFirst("^0+", "").length(), RoundingMode.HALF_UP));
        }
        int dot = printed.indexOf('.');
        int scale = dot < 0 ? 0 : printed.length() - dot - 1;
        return v.setScale(scale, RoundingMode.HALF_UP);
    }

    private static BigDecimal parse(String printed) {
        try {
            return new BigDecimal(printed);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
