package org.modelcensus.workbook;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.modelcensus.functions.dataset.Questions;
import org.modelcensus.functions.query.ExcelError;
import org.modelcensus.workbook.XlsxSheet.Cell;
import org.modelcensus.workbook.XlsxSheet.Row;
import org.modelcensus.workbook.XlsxStyles.Spec;
import org.modelcensus.workbook.XlsxStyles.Style;

/**
 * Writes cells the one safe way: text from the data stays text (quote-prefixed when Excel would
 * read it as a formula), numbers stay numbers, formulas are written only through
 * {@link #formula} with their cached value, and counted so a test can compare the file's formula
 * cells with what the generator meant to write. Holds the workbook's few shared styles.
 */
final class Cells {
    /** The workbook's default style (index 0): what a cell without a style of its own is written with. */
    final Style plain;
    final Style quoted;
    final Style bold;
    final Style title;
    final Style header;
    final Style input;
    final Style count;
    final Style decimal;
    final Style scientific;
    final Style centered;
    final Style wrapped;
    /** A count that shows 0 as a blank, where the report leaves it blank; the cell still holds the number. */
    final Style countOrBlank;
    /** A count printed in parentheses beside another, "(중복 1)", blank for 0. */
    final Style annex;
    final Style centeredWrapped;
    final Style scientificCentered;
    private final XlsxWorkbook wb;
    private final Map<String, Style> numberFormats = new HashMap<>();
    private int formulas;
    /** Digits without a leading zero, short enough to stay exact as a double. */
    private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("-?(0|[1-9]\\d{0,14})");

    Cells(XlsxWorkbook wb) {
        this.wb = wb;
        plain = XlsxStyles.PLAIN;
        quoted = wb.createStyle(Spec.PLAIN.quoted());
        // A label beside a row of wrapped text stays level with its middle.
        bold = wb.createStyle(Spec.PLAIN.bold(XlsxStyles.DEFAULT_POINTS).align(null, "center"));
        title = wb.createStyle(Spec.PLAIN.bold(13));
        header = wb.createStyle(Spec.PLAIN.bold(XlsxStyles.DEFAULT_POINTS).fill(IndexedColors.GREY_25_PERCENT.getIndex())
                .wrapped().align("center", "center"));
        centered = wb.createStyle(Spec.PLAIN.align("center", null));
        wrapped = wb.createStyle(Spec.PLAIN.wrapped().align(null, "top"));
        input = wb.createStyle(Spec.PLAIN.fill(IndexedColors.LIGHT_YELLOW.getIndex()).bold(XlsxStyles.DEFAULT_POINTS));
        count = wb.createStyle(Spec.PLAIN.format("#,##0"));
        decimal = wb.createStyle(Spec.PLAIN.format("0.0"));
        scientific = wb.createStyle(Spec.PLAIN.format("0.00E+00"));
        countOrBlank = wb.createStyle(Spec.PLAIN.format("#,##0;-#,##0;;@"));
        annex = wb.createStyle(Spec.PLAIN.format("\"(중복 \"#,##0\")\";-#,##0;;@").align("left", null));
        centeredWrapped = wb.createStyle(Spec.PLAIN.align("center", "center").wrapped());
        scientificCentered = wb.createStyle(Spec.PLAIN.format("0.00E+00").align("center", null));
    }

    /** A style showing numbers in an Excel number format such as {@code 0.0}, made once per format. */
    Style numberFormat(String pattern) {
        return numberFormats.computeIfAbsent(pattern, p -> wb.createStyle(Spec.PLAIN.format(p)));
    }

    /** Formula cells written so far. */
    int formulas() {
        return formulas;
    }

    /** The page header's left and right text: the edition and the snapshot's short sha256; set once per workbook. */
    private String headerLeft = "";
    private String headerRight = "";

    void pageHeader(String edition, String sha256) {
        headerLeft = edition.replace("&", "&&");
        headerRight = "snapshot sha256 " + sha256.substring(0, Math.min(12, sha256.length()));
    }

    /** A4 landscape, one page wide, as tall as needed; header with edition and snapshot, page number in the footer. */
    void print(XlsxSheet sheet) {
        print(sheet, false);
    }

    /** As {@link #print(XlsxSheet)}; {@code onePage}: one page tall as well. */
    void print(XlsxSheet sheet, boolean onePage) {
        String left = headerLeft.isEmpty() ? "" : "&L" + headerLeft;
        String right = headerRight.isEmpty() ? "" : "&R" + headerRight;
        sheet.print(onePage ? 1 : 0, "&C&A" + left + right, "&C&P / &N");
    }

    /** A column width for labels: Hangul and other wide characters count twice, within [min, max]. */
    static int width(Iterable<String> labels, int min, int max) {
        int widest = 0;
        for (String l : labels) {
            int w = 0;
            for (int i = 0; i < l.length(); i++) {
                w += Character.UnicodeScript.of(l.charAt(i)) == Character.UnicodeScript.LATIN
                        || l.charAt(i) < 0x1100 ? 1 : 2;
            }
            widest = Math.max(widest, w);
        }
        return Math.max(min, Math.min(max, widest + 2)) * 256;
    }

    /**
     * A value from the data: a number as a number, text as text (quote-prefixed when it starts with
     * {@code = + - @} or a control character, {@linkplain #fitted cut} when longer than a cell holds),
     * null or "" as a blank cell (nothing written).
     */
    Cell value(Row row, int column, Object value) {
        if (value == null || "".equals(value)) {
            return null;
        }
        Cell c = row.createCell(column);
        if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
            // The same as no style in the file; set so that writing the cell does not look up its column's style.
            c.setCellStyle(plain);
        } else {
            String s = fitted(value.toString());
            c.setCellValue(s);
            c.setCellStyle(needsQuote(s) ? quoted : plain);
        }
        return c;
    }

    /**
     * Text cut to what an Excel cell holds, ending in {@link Questions#CUT_MARKER}; the import already
     * warned of it with file, line and column (see {@link Questions}). Never cuts a surrogate pair.
     */
    static String fitted(String s) {
        int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        if (s.length() <= max) {
            return s;
        }
        int keep = max - Questions.CUT_MARKER.length();
        if (Character.isHighSurrogate(s.charAt(keep - 1))) {
            keep--;
        }
        return s.substring(0, keep) + Questions.CUT_MARKER;
    }

    /**
     * A label or header cell with a style; a label that is a whole number (a year, a count) is stored as a
     * number, which Excel would otherwise flag as a number stored as text. Other text is quote-prefixed
     * like data text when needed.
     */
    Cell label(Row row, int column, String value, Style style) {
        Cell c = value(row, column, value != null && WHOLE_NUMBER.matcher(value).matches() ? Long.valueOf(value) : value);
        if (c != null && style != null && c.getCellStyle() != quoted) {
            c.setCellStyle(style);
        }
        return c;
    }

    /** Whether Excel would take the text for a formula (or mangle it) if it were typed in. */
    static boolean needsQuote(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first < 0x20 || first == 0x7f;
    }

    /** A formula with its cached value (a number, text or an Excel error), as the Java engine computed it. */
    Cell formula(Row row, int column, String formula, Object cached, Style style) {
        Cell c = row.createCell(column);
        c.setCellFormula(formula);
        if (cached instanceof Double d) {
            c.setCellValue(d);
        } else if (cached instanceof ExcelError e) {
            c.setErrorValue(e.text());
        } else if (cached != null) {
            c.setCellValue(cached.toString());
        }
        if (style != null) {
            c.setCellStyle(style);
        }
        formulas++;
        return c;
    }
}
