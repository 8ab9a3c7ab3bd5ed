package org.modelcensus.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.util.Units;

/**
 * One worksheet of an {@link XlsxWorkbook}, written as SpreadsheetML text in the form POI's streaming workbook
 * (SXSSF) gives it: rows are kept in memory up to a window ({@link #keepRows}) and the oldest are then
 * deflated, so that a sheet of a million cells takes the memory of a few hundred rows; the elements before
 * and after the rows are written when the sheet is finished.
 */
final class XlsxSheet {
    /** Default width of a column in characters, as Excel and POI take it when a sheet sets none. */
    private static final int DEFAULT_COLUMN_WIDTH = 8;
    private static final float DEFAULT_ROW_POINTS = 15;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    final String name;
    /** 0-based position in the workbook. */
    final int index;
    private final XlsxWorkbook book;
    private final TreeMap<Integer, Row> rows = new TreeMap<>();
    private int window;
    private DeflatedText body;
    private int flushedThrough = -1;
    private int firstRow = Integer.MAX_VALUE;
    private int lastRow = -1;
    private int lastColumn = -1;
    private final TreeMap<Integer, Integer> widths = new TreeMap<>();
    private int frozenColumns;
    private int frozenRows;
    /** Whether {@link #print} set the page up: A4 landscape, one page wide. */
    private boolean printed;
    private int fitHeight = -1;
    private boolean printerDefaultsOff;
    private String header;
    private String footer;
    private String autoFilter;
    private final List<String> merges = new ArrayList<>();
    private final StringBuilder conditionalFormats = new StringBuilder();
    /** The priority of the last conditional formatting rule: Excel numbers a sheet's rules from 1. */
    private int priority;
    private final List<String> validations = new ArrayList<>();
    private final StringBuilder hyperlinks = new StringBuilder();
    /** Targets of this sheet's relationships, rId1 first: its table or drawing part. */
    private final List<String[]> relationships = new ArrayList<>();
    private String drawingId;
    private String tableId;
    private boolean finished;

    XlsxSheet(XlsxWorkbook book, String name, int index, int window) {
        this.book = book;
        this.name = name;
        this.index = index;
        this.window = window;
    }

    /** Rows kept in memory before the oldest are written out; -1 keeps them all (rows may then be made in any order). */
    void keepRows(int rows) {
        window = rows;
    }

    /** The row at a 0-based index, made when new; a row already written out cannot be made again. */
    Row row(int index) {
        Row r = rows.get(index);
        if (r != null) {
            return r;
        }
        open();
        if (index <= flushedThrough) {
            throw new IllegalArgumentException("row " + (index + 1) + " of sheet " + name
                    + " is already written: rows up to " + (flushedThrough + 1) + " are");
        }
        if (index < 0 || index >= SpreadsheetVersion.EXCEL2007.getMaxRows()) {
            throw new IllegalArgumentException("no row " + (index + 1) + " in a sheet");
        }
        r = new Row(index);
        rows.put(index, r);
        firstRow = Math.min(firstRow, index);
        lastRow = Math.max(lastRow, index);
        if (window >= 0 && rows.size() > window) {
            flush(rows.size() - window);
        }
        return r;
    }

    /** The highest 0-based row index made so far, 0 when none. */
    int lastRowNum() {
        return Math.max(lastRow, 0);
    }

    /** A column's width in 1/256ths of a character, as POI's {@code setColumnWidth} takes it. */
    void setColumnWidth(int column, int width) {
        open();
        widths.put(column, width);
    }

    /** The width of a column in pixels, as POI computes it for a drawing's frame. */
    float columnWidthInPixels(int column) {
        int width = widths.getOrDefault(column, DEFAULT_COLUMN_WIDTH * 256);
        return (float) (width / 256.0 * Units.DEFAULT_CHARACTER_WIDTH);
    }

    float defaultRowHeightInPoints() {
        return DEFAULT_ROW_POINTS;
    }

    /** Keeps the first {@code columns} columns and {@code rows} rows in view when scrolling. */
    void freeze(int columns, int rows) {
        open();
        frozenColumns = columns;
        frozenRows = rows;
    }

    /** A4 paper, landscape, one page wide and {@code pagesTall} pages tall (0: as many as needed), with a header and footer. */
    void print(int pagesTall, String headerText, String footerText) {
        open();
        printed = true;
        fitHeight = pagesTall;
        header = headerText;
        footer = footerText;
    }

    /** A filter button on each column of the range; Excel names it {@code _xlnm._FilterDatabase}. */
    void autoFilter(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        open();
        autoFilter = XlsxWorkbook.range(firstRow, firstColumn, lastRow, lastColumn);
        book.definedName("_xlnm._FilterDatabase", index, true, XlsxWorkbook.absolute(name, firstRow, firstColumn, lastRow,
                lastColumn));
    }

    /** Rows printed at the top of every page. */
    void repeatRows(int first, int last) {
        open();
        printerDefaultsOff = true;
        book.definedName("_xlnm.Print_Titles", index, false, XlsxWorkbook.quotedName(name) + "!$" + (first + 1) + ":$" + (last + 1));
    }

    /**
     * Prints columns A to {@code lastColumn} of the rows made so far, and no more: a long note or cause overflowing
     * to the right would otherwise widen the printed range and, fitted to one page wide, shrink the page to
     * illegibility.
     */
    void printArea(int lastColumn) {
        open();
        book.definedName("_xlnm.Print_Area", index, false, XlsxWorkbook.absolute(name, 0, 0, lastRowNum(), lastColumn));
    }

    void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        open();
        merges.add(XlsxWorkbook.range(firstRow, firstColumn, lastRow, lastColumn));
    }

    /** A cell that accepts only a whole number from {@code min} to {@code max}, with an error box otherwise. */
    void wholeNumberBetween(int row, int column, int min, int max, String errorTitle, String error) {
        open();
        StringBuilder v = new StringBuilder("<dataValidation type=\"whole\" operator=\"between\" sqref=\"")
                .append(XlsxWorkbook.cell(row, column)).append("\" allowBlank=\"true\" errorStyle=\"stop\" showErrorMessage=\"true\" errorTitle=\"");
        escapeAttribute(v, errorTitle);
        v.append("\" error=\"");
        escapeAttribute(v, error);
        v.append("\"><formula1>").append(min).append("</formula1><formula2>").append(max).append("</formula2></dataValidation>");
        validations.add(v.toString());
    }

    /**
     * Fills the cells of one column whose text equals one of {@code texts} with the indexed colour beside it, in
     * order of priority ({@code texts[i]} and {@code colours[i]}); the texts are formula literals ({@code "..."}).
     */
    void fillWhenEqual(int firstRow, int lastRow, int column, List<String> texts, List<Integer> colours) {
        open();
        conditionalFormats.append("<conditionalFormatting sqref=\"")
                .append(XlsxWorkbook.range(firstRow, column, lastRow, column)).append("\">");
        for (int i = 0; i < texts.size(); i++) {
            conditionalFormats.append("<cfRule type=\"cellIs\" operator=\"equal\" dxfId=\"")
                    .append(book.styles.dxfFill(colours.get(i))).append("\" priority=\"").append(++priority)
                    .append("\"><formula>");
            escapeText(conditionalFormats, texts.get(i));
            conditionalFormats.append("</formula></cfRule>");
        }
        conditionalFormats.append("</conditionalFormatting>");
    }

    /** A link from a cell to a place in the workbook, such as {@code 'T1'!C5}. */
    void link(int row, int column, String location) {
        open();
        hyperlinks.append("<hyperlink location=\"");
        escapeAttribute(hyperlinks, location);
        hyperlinks.append("\" ref=\"").append(XlsxWorkbook.cell(row, column)).append("\"/>");
    }

    /** An Excel Table over A1 to the last column of {@code lastRow}, its header the first row; one per sheet. */
    void table(String tableName, List<String> columns, int lastRow) {
        open();
        if (tableId != null) {
            throw new IllegalStateException("sheet " + name + " has a table already");
        }
        tableId = relate(book.table(tableName, columns, XlsxWorkbook.range(0, 0, lastRow, columns.size() - 1)),
                XlsxWorkbook.TABLE_RELATION);
    }

    /** A drawing holding one chart, the drawing's XML referring to the chart as {@code rId1}; one per sheet. */
    void chart(String drawingXml, String chartXml) {
        open();
        if (drawingId != null) {
            throw new IllegalStateException("sheet " + name + " has a drawing already");
        }
        drawingId = relate(book.drawing(drawingXml, chartXml), XlsxWorkbook.DRAWING_RELATION);
    }

    private String relate(String target, String type) {
        relationships.add(new String[] {target, type});
        return "rId" + relationships.size();
    }

    private void open() {
        if (finished) {
            throw new IllegalStateException("sheet " + name + " is written: a workbook writes its sheets in order");
        }
    }

    /** Writes out the {@code count} oldest rows. */
    private void flush(int count) {
        try {
            if (body == null) {
                body = new DeflatedText(1 << 16);
            }
            for (int i = 0; i < count && !rows.isEmpty(); i++) {
                Row r = rows.pollFirstEntry().getValue();
                write(body, r);
                flushedThrough = r.index;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet's part: the elements before the rows, the rows, the elements after them. */
    DeflatedText.Joined finish() {
        open();
        flush(rows.size());
        finished = true;
        body.end(false);
        DeflatedText head = new DeflatedText(1024);
        DeflatedText tail = new DeflatedText(1024);
        try {
            head.write(head());
            head.end(false);
            tail.write(tail());
            tail.end(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DeflatedText.join(head, body, tail);
    }

    /** The sheet's relationships part, or null when it has none. */
    String relationshipsXml() {
        if (relationships.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(XlsxWorkbook.RELS_HEADER);
        for (int i = 0; i < relationships.size(); i++) {
            out.append("<Relationship Id=\"rId").append(i + 1).append("\" Target=\"").append(relationships.get(i)[0])
                    .append("\" Type=\"").append(relationships.get(i)[1]).append("\"/>");
        }
        return out.append("</Relationships>").toString();
    }

    private String head() {
        StringBuilder out = new StringBuilder(2048).append(XlsxWorkbook.XML_HEADER).append("<worksheet xmlns=\"")
                .append(XlsxWorkbook.MAIN_NS).append('"');
        if (!relationships.isEmpty()) {
            out.append(" xmlns:r=\"").append(XlsxWorkbook.RELATIONSHIPS_NS).append('"');
        }
        out.append('>');
        if (printed) {
            out.append("<sheetPr><pageSetUpPr fitToPage=\"true\"/></sheetPr>");
        }
        out.append("<dimension ref=\"").append(lastRow < 0 ? "A1"
                : XlsxWorkbook.range(firstRow, 0, lastRow, Math.max(lastColumn, 0))).append("\"/>");
        out.append("<sheetViews><sheetView workbookViewId=\"0\"").append(index == 0 ? " tabSelected=\"true\"" : "");
        if (frozenColumns == 0 && frozenRows == 0) {
            out.append("/>");
        } else {
            String pane = frozenColumns == 0 ? "bottomLeft" : frozenRows == 0 ? "topRight" : "bottomRight";
            out.append("><pane");
            if (frozenColumns > 0) {
                out.append(" xSplit=\"").append((double) frozenColumns).append('"');
            }
            if (frozenRows > 0) {
                out.append(" ySplit=\"").append((double) frozenRows).append('"');
            }
            out.append(" state=\"frozen\" topLeftCell=\"").append(XlsxWorkbook.cell(frozenRows, frozenColumns))
                    .append("\" activePane=\"").append(pane).append("\"/><selection pane=\"").append(pane)
                    .append("\"/></sheetView>");
        }
        out.append("</sheetViews><sheetFormatPr defaultRowHeight=\"").append(DEFAULT_ROW_POINTS).append("\"/>");
        if (!widths.isEmpty()) {
            out.append("<cols>");
            widths.forEach((column, width) -> out.append("<col min=\"").append(column + 1).append("\" max=\"")
                    .append(column + 1).append("\" width=\"").append(width / 256.0).append("\" customWidth=\"true\"/>"));
            out.append("</cols>");
        }
        return out.append("<sheetData>\n").toString();
    }

    private String tail() {
        StringBuilder out = new StringBuilder(1024).append("</sheetData>");
        if (autoFilter != null) {
            out.append("<autoFilter ref=\"").append(autoFilter).append("\"/>");
        }
        if (!merges.isEmpty()) {
            out.append("<mergeCells count=\"").append(merges.size()).append("\">");
            merges.forEach(m -> out.append("<mergeCell ref=\"").append(m).append("\"/>"));
            out.append("</mergeCells>");
        }
        out.append(conditionalFormats);
        if (!validations.isEmpty()) {
            out.append("<dataValidations count=\"").append(validations.size()).append("\">");
            validations.forEach(out::append);
            out.append("</dataValidations>");
        }
        if (hyperlinks.length() > 0) {
            out.append("<hyperlinks>").append(hyperlinks).append("</hyperlinks>");
        }
        out.append("<pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" left=\"0.7\" right=\"0.7\" top=\"0.75\"/>");
        if (printed) {
            out.append("<pageSetup").append(printerDefaultsOff ? " usePrinterDefaults=\"false\"" : "")
                    .append(" paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"").append(fitHeight)
                    .append("\"/><headerFooter><oddHeader>");
            escapeText(out, header);
            out.append("</oddHeader><oddFooter>");
            escapeText(out, footer);
            out.append("</oddFooter></headerFooter>");
        }
        if (drawingId != null) {
            out.append("<drawing r:id=\"").append(drawingId).append("\"/>");
        }
        if (tableId != null) {
            out.append("<tableParts><tablePart r:id=\"").append(tableId).append("\"/></tableParts>");
        }
        return out.append("</worksheet>").toString();
    }

    private void write(Writer out, Row row) throws IOException {
        out.write("<row r=\"");
        String number = Integer.toString(row.index + 1);
        out.write(number);
        out.write('"');
        if (row.height >= 0) {
            out.write(" customHeight=\"1\" ht=\"");
            out.write(Float.toString(row.height));
            out.write('"');
        }
        out.write(">\n");
        for (int column = 0; column < row.size; column++) {
            Cell c = row.cells[column];
            if (c == null) {
                continue;
            }
            lastColumn = Math.max(lastColumn, column);
            out.write("<c r=\"");
            out.write(XlsxWorkbook.column(column));
            out.write(number);
            out.write('"');
            if (c.style.index != 0) {
                out.write(" s=\"");
                out.write(Integer.toString(c.style.index));
                out.write('"');
            }
            if (c.formula != null) {
                out.write(c.kind == Kind.TEXT ? " t=\"str\"><f>" : c.kind == Kind.ERROR ? " t=\"e\"><f>" : " t=\"n\"><f>");
                escapeCellText(out, c.formula);
                out.write("</f>");
                if (c.kind != Kind.TEXT || !c.text.isEmpty()) {
                    out.write("<v>");
                    if (c.kind == Kind.NUMBER) {
                        out.write(Double.toString(c.number));
                    } else {
                        escapeCellText(out, c.text);
                    }
                    out.write("</v>");
                }
            } else {
                switch (c.kind) {
                    case BLANK -> out.write('>');
                    case NUMBER -> {
                        out.write(" t=\"n\"><v>");
                        out.write(Double.toString(c.number));
                        out.write("</v>");
                    }
                    case TEXT -> {
                        out.write(" t=\"inlineStr\"><is><t");
                        if (hasLeadingOrTrailingSpace(c.text)) {
                            out.write(" xml:space=\"preserve\"");
                        }
                        out.write('>');
                        escapeCellText(out, c.text);
                        out.write("</t></is>");
                    }
                    case ERROR -> {
                        out.write(" t=\"e\"><v>");
                        escapeCellText(out, c.text);
                        out.write("</v>");
                    }
                }
            }
            out.write("</c>");
        }
        out.write("</row>\n");
    }

    private static boolean hasLeadingOrTrailingSpace(String s) {
        return !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
    }

    /**
     * Cell text as POI's sheet writer escapes it: {@code < > & "}, line feed, carriage return, tab and no-break
     * space as entities, other control characters and U+FFFE/U+FFFF as {@code ?}, everything else (surrogate
     * pairs included) as is; the characters between two escapes are written in one call.
     */
    static void escapeCellText(Writer out, String s) throws IOException {
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '<' && c != '>' && c != '&' && c != '"' && c != 0xA0 && c < 0xFFFE) {
                continue;
            }
            String escape = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\n' -> "&#xa;";
                case '\r' -> "&#xd;";
                case '\t' -> "&#x9;";
                case 0xA0 -> "&#xa0;";
                default -> "?";
            };
            if (i > start) {
                out.write(s, start, i - start);
            }
            out.write(escape);
            start = i + 1;
        }
        if (start < n) {
            out.write(s, start, n - start);
        }
    }

    /** Element text: {@code & < >} as entities, characters XML cannot hold as {@code ?}. */
    static void escapeText(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c >= 0xFFFE ? '?' : c);
            }
        }
    }

    /**
     * An attribute value in double quotes: {@code & < "} and the whitespace an attribute would normalize away as
     * entities ({@code >} stays, as XMLBeans leaves it), characters XML cannot hold as {@code ?}.
     */
    static void escapeAttribute(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '"' -> out.append("&quot;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c < 0x20 || c >= 0xFFFE ? '?' : c);
            }
        }
    }

    private enum Kind { BLANK, NUMBER, TEXT, ERROR }

    /** A row: its cells by column, and a height when set. */
    static final class Row {
        private final int index;
        private Cell[] cells = new Cell[8];
        private int size;
        private float height = -1;

        private Row(int index) {
            this.index = index;
        }

        /** The 0-based row index. */
        int rowNum() {
            return index;
        }

        /** The cell in a column, or null. */
        Cell cell(int column) {
            return column < size ? cells[column] : null;
        }

        /** A new blank cell in the plain style, in place of any cell in that column. */
        Cell createCell(int column) {
            if (column < 0 || column >= SpreadsheetVersion.EXCEL2007.getMaxColumns()) {
                throw new IllegalArgumentException("no column " + (column + 1) + " in a sheet");
            }
            if (column >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
            }
            Cell c = new Cell();
            cells[column] = c;
            size = Math.max(size, column + 1);
            return c;
        }

        void setHeightInPoints(float points) {
            height = points;
        }
    }

    /**
     * A cell: blank, a number, text or an error value; or a formula whose cached value is one of these (a number,
     * 0, until one is set). A number that is infinite is stored as {@code #DIV/0!} and NaN as {@code #NUM!}, as POI
     * stores them.
     */
    static final class Cell {
        private Kind kind = Kind.BLANK;
        private XlsxStyles.Style style = XlsxStyles.PLAIN;
        private double number;
        private String text;
        private String formula;

        private Cell() {
        }

        Cell setCellValue(double value) {
            if (Double.isInfinite(value)) {
                return setErrorValue("#DIV/0!");
            }
            if (Double.isNaN(value)) {
                return setErrorValue("#NUM!");
            }
            kind = Kind.NUMBER;
            number = value;
            text = null;
            return this;
        }

        Cell setCellValue(String value) {
            if (value.length() > MAX_TEXT) {
                throw new IllegalArgumentException("The maximum length of cell contents (text) is " + MAX_TEXT
                        + " characters");
            }
            kind = Kind.TEXT;
            text = value;
            return this;
        }

        /** An error value such as {@code #DIV/0!}. */
        Cell setErrorValue(String error) {
            kind = Kind.ERROR;
            text = error;
            return this;
        }

        /** Makes the cell a formula (without the {@code =}); its cached value is what is set before or after. */
        Cell setCellFormula(String f) {
            formula = f;
            if (kind == Kind.BLANK) {
                kind = Kind.NUMBER;
                number = 0;
            }
            return this;
        }

        Cell setCellStyle(XlsxStyles.Style s) {
            style = s;
            return this;
        }

        XlsxStyles.Style getCellStyle() {
            return style;
        }
    }
}
