package org.modelcensus.functions.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.modelcensus.functions.query.ExcelError;
import org.modelcensus.functions.query.LongTable;
import org.modelcensus.functions.report.ComputedCell;

/**
 * Writes CSV cells and rows (RFC 4180, {@code \n} line ends) that are safe to open in a spreadsheet:
 * numbers stay numbers ({@code -3} and {@code 3.8E25} included), null is an empty cell, and text
 * starting with {@code = + - @}, tab, CR or LF gets a leading apostrophe so that Excel, LibreOffice
 * and Google Sheets show it as text instead of running it as a formula.
 */
public final class CsvExport {
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r\n";

    private CsvExport() {
    }

    /** The text of one cell before quoting: {@code 405000000000}, {@code 3.8E25}, {@code '=HYPERLINK(...)}. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof ExcelError) {
            return ComputedCell.format(value);
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        String s = value.toString();
        boolean formulaLike = !s.isEmpty() && FORMULA_STARTS.indexOf(s.charAt(0)) >= 0;
        return formulaLike && !NUMBER.matcher(s).matches() ? "'" + s : s;
    }

    /** One CSV line (without its line end) of neutralized cells, quoted where needed. */
    public static String row(List<?> values) {
        List<String> cells = new ArrayList<>(values.size());
        for (Object v : values) {
            cells.add(quote(cell(v)));
        }
        return String.join(",", cells);
    }

    /** As {@link #row(List)}. */
    public static String row(Object... values) {
        return row(Arrays.asList(values));
    }

    /** A table as CSV: its column names, then one line per row. */
    public static void write(LongTable table, Appendable out) throws IOException {
        out.append(row(table.columns())).append('\n');
        for (Object[] r : table.rows()) {
            out.append(row(r)).append('\n');
        }
    }

    private static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))));
        return needs ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
