package org.modelcensus.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.formula.SheetNameFormatter;

/**
 * An .xlsx workbook written as SpreadsheetML text: sheets of cells with styles, Excel Tables, charts, defined
 * names, and the package parts that tie them together, deflated into a zip as each sheet is finished.
 *
 * <p>The sheets' XML is what POI's streaming workbook (SXSSF) writes for the same cells, character for character
 * ({@code XlsxWorkbookTest} compares the two); the workbook, styles and package parts say the same in fewer
 * words. Writing it as text instead of through POI's XMLBeans model took a {@code workbook} command from 4,463
 * classes loaded to 2,395 and from 3.8 to 2.1 s of CPU (docs/benchmarks.md, "The fifth pass"). POI still reads
 * and evaluates workbooks.
 *
 * <p>Sheets are written in the order they are made: making a sheet finishes the one before, which can no longer
 * change.
 */
final class XlsxWorkbook {
    static final String XML_HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String RELS_HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    static final String TABLE_RELATION = RELATIONSHIPS_NS + "/table";
    static final String DRAWING_RELATION = RELATIONSHIPS_NS + "/drawing";
    private static final String TYPE = "application/vnd.openxmlformats-officedocument.";
    private static final String SHEET_TYPE = TYPE + "spreadsheetml.worksheet+xml";
    /** Sheet names Excel refuses: longer than 31 characters, any of {@code / \ ? * [ ] :}, or a quote at either end. */
    private static final int MAX_SHEET_NAME = 31;

    final XlsxStyles styles = new XlsxStyles();
    private final int window;
    private final List<XlsxSheet> sheets = new ArrayList<>();
    private final Set<String> sheetNames = new HashSet<>();
    /** Every part but the workbook's own, by name (without the leading /), in the order they are made. */
    private final Map<String, DeflatedText.Joined> parts = new LinkedHashMap<>();
    private final Map<String, String> contentTypes = new LinkedHashMap<>();
    private final StringBuilder definedNames = new StringBuilder();
    private int tables;
    private int drawings;
    private boolean written;

    /** A workbook whose sheets keep {@code window} rows in memory before writing the oldest out. */
    XlsxWorkbook(int window) {
        this.window = window;
    }

    /** Finishes the sheet made before and makes a new one at the end. */
    XlsxSheet createSheet(String name) {
        if (written) {
            throw new IllegalStateException("the workbook is written");
        }
        validate(name);
        finishLast();
        XlsxSheet sheet = new XlsxSheet(this, name, sheets.size(), window);
        sheets.add(sheet);
        return sheet;
    }

    private void validate(String name) {
        if (name.isEmpty() || name.length() > MAX_SHEET_NAME || name.chars().anyMatch(c -> "/\\?*[]:".indexOf(c) >= 0)
                || name.startsWith("'") || name.endsWith("'")) {
            throw new IllegalArgumentException("Excel cannot name a sheet \"" + name + "\": 1 to " + MAX_SHEET_NAME
                    + " characters, none of / \\ ? * [ ] :, no quote at either end");
        }
        if (!sheetNames.add(name.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("The workbook already contains a sheet named '" + name + "'");
        }
    }

    private void finishLast() {
        if (!sheets.isEmpty()) {
            XlsxSheet last = sheets.get(sheets.size() - 1);
            String part = "xl/worksheets/sheet" + (last.index + 1) + ".xml";
            add(part, SHEET_TYPE, last.finish());
            String rels = last.relationshipsXml();
            if (rels != null) {
                add("xl/worksheets/_rels/sheet" + (last.index + 1) + ".xml.rels", null, rels);
            }
        }
    }

    int getNumberOfSheets() {
        return sheets.size();
    }

    /** A new cell style (see {@link XlsxStyles#add}). */
    XlsxStyles.Style createStyle(XlsxStyles.Spec spec) {
        return styles.add(spec);
    }

    /** Registers a table part; returns its target from a sheet. */
    String table(String name, List<String> columns, String ref) {
        int id = ++tables;
        StringBuilder xml = new StringBuilder(XML_HEADER).append("<table id=\"").append(id).append("\" ref=\"").append(ref)
                .append("\" displayName=\"");
        XlsxSheet.escapeAttribute(xml, name);
        xml.append("\" name=\"");
        XlsxSheet.escapeAttribute(xml, name);
        xml.append("\" xmlns=\"").append(MAIN_NS).append("\"><autoFilter ref=\"").append(ref)
                .append("\"/><tableColumns count=\"").append(columns.size()).append("\">");
        for (int i = 0; i < columns.size(); i++) {
            xml.append("<tableColumn id=\"").append(i + 1).append("\" name=\"");
            XlsxSheet.escapeAttribute(xml, columns.get(i));
            xml.append("\"/>");
        }
        xml.append("</tableColumns><tableStyleInfo name=\"TableStyleLight9\" showRowStripes=\"true\"/></table>");
        add("xl/tables/table" + id + ".xml", TYPE + "spreadsheetml.table+xml", xml.toString());
        return "../tables/table" + id + ".xml";
    }

    /** Registers a drawing part and its chart; the drawing refers to the chart as {@code rId1}. Returns its target. */
    String drawing(String drawingXml, String chartXml) {
        int id = ++drawings;
        add("xl/charts/chart" + id + ".xml", TYPE + "drawingml.chart+xml", chartXml);
        add("xl/drawings/drawing" + id + ".xml", TYPE + "drawing+xml", drawingXml);
        add("xl/drawings/_rels/drawing" + id + ".xml.rels", null, RELS_HEADER + "<Relationship Id=\"rId1\" Target=\"../charts/chart"
                + id + ".xml\" Type=\"" + RELATIONSHIPS_NS + "/chart\"/></Relationships>");
        return "../drawings/drawing" + id + ".xml";
    }

    /** A defined name, such as {@code _xlnm.Print_Area}, local to the sheet at {@code sheetIndex}. */
    void definedName(String name, int sheetIndex, boolean hidden, String formula) {
        definedNames.append("<definedName name=\"").append(name).append("\" localSheetId=\"").append(sheetIndex)
                .append(hidden ? "\" hidden=\"true\">" : "\">");
        XlsxSheet.escapeText(definedNames, formula);
        definedNames.append("</definedName>");
    }

    private void add(String name, String contentType, String xml) {
        add(name, contentType, DeflatedText.of(xml));
    }

    private void add(String name, String contentType, DeflatedText.Joined data) {
        parts.put(name, data);
        if (contentType != null) {
            contentTypes.put(name, contentType);
        }
    }

    /**
     * Finishes the last sheet and writes the package: content types, relationships, document properties (created
     * {@code created} by {@code application}), the workbook (recalculated in full when opened) and its styles, then
     * every part in the order it was made. The stream is left open.
     */
    void write(OutputStream out, Instant created, String application) throws IOException {
        if (written) {
            throw new IllegalStateException("the workbook is written");
        }
        if (sheets.isEmpty()) {
            throw new IllegalStateException("a workbook needs a sheet");
        }
        finishLast();
        written = true;
        Map<String, DeflatedText.Joined> first = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        types.put("docProps/app.xml", TYPE + "extended-properties+xml");
        types.put("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        types.put("xl/workbook.xml", TYPE + "spreadsheetml.sheet.main+xml");
        types.put("xl/styles.xml", TYPE + "spreadsheetml.styles+xml");
        types.putAll(contentTypes);
        StringBuilder contentTypesXml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>"
                + "<Default ContentType=\"application/xml\" Extension=\"xml\"/>");
        types.forEach((part, type) -> contentTypesXml.append("<Override ContentType=\"").append(type).append("\" PartName=\"/")
                .append(part).append("\"/>"));
        first.put("[Content_Types].xml", DeflatedText.of(contentTypesXml.append("</Types>").toString()));
        first.put("_rels/.rels", DeflatedText.of(RELS_HEADER
                + "<Relationship Id=\"rId1\" Target=\"xl/workbook.xml\" Type=\"" + RELATIONSHIPS_NS + "/officeDocument\"/>"
                + "<Relationship Id=\"rId2\" Target=\"docProps/app.xml\" Type=\"" + RELATIONSHIPS_NS + "/extended-properties\"/>"
                + "<Relationship Id=\"rId3\" Target=\"docProps/core.xml\" Type=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\"/></Relationships>"));
        StringBuilder app = new StringBuilder(XML_HEADER).append(
                "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>");
        XlsxSheet.escapeText(app, application);
        first.put("docProps/app.xml", DeflatedText.of(app.append("</Application></Properties>").toString()));
        StringBuilder core = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dcterms:created xsi:type=\"dcterms:W3CDTF\">")
                .append(created.truncatedTo(ChronoUnit.SECONDS)).append("</dcterms:created><dc:creator>");
        XlsxSheet.escapeText(core, application);
        first.put("docProps/core.xml", DeflatedText.of(core.append("</dc:creator></cp:coreProperties>").toString()));
        StringBuilder rels = new StringBuilder(RELS_HEADER).append("<Relationship Id=\"rId1\" Target=\"styles.xml\" Type=\"")
                .append(RELATIONSHIPS_NS).append("/styles\"/>");
        StringBuilder workbook = new StringBuilder(XML_HEADER).append("<workbook xmlns=\"").append(MAIN_NS)
                .append("\" xmlns:r=\"").append(RELATIONSHIPS_NS).append("\"><workbookPr date1904=\"false\"/>")
                .append("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (XlsxSheet s : sheets) {
            String id = "rId" + (s.index + 2);
            rels.append("<Relationship Id=\"").append(id).append("\" Target=\"worksheets/sheet").append(s.index + 1)
                    .append(".xml\" Type=\"").append(RELATIONSHIPS_NS).append("/worksheet\"/>");
            workbook.append("<sheet name=\"");
            XlsxSheet.escapeAttribute(workbook, s.name);
            workbook.append("\" r:id=\"").append(id).append("\" sheetId=\"").append(s.index + 1).append("\"/>");
        }
        workbook.append("</sheets>");
        if (definedNames.length() > 0) {
            workbook.append("<definedNames>").append(definedNames).append("</definedNames>");
        }
        first.put("xl/_rels/workbook.xml.rels", DeflatedText.of(rels.append("</Relationships>").toString()));
        first.put("xl/workbook.xml", DeflatedText.of(workbook.append("<calcPr fullCalcOnLoad=\"true\"/></workbook>").toString()));
        first.put("xl/styles.xml", DeflatedText.of(styles.xml()));
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
        long time = created.toEpochMilli();
        for (Map<String, DeflatedText.Joined> group : List.of(first, parts)) {
            for (var e : group.entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                DeflatedText.Joined data = e.getValue();
                entry.setMethod(ZipEntry.DEFLATED);
                entry.setCrc(data.crc());
                entry.setSize(data.length());
                entry.setCompressedSize(data.deflatedLength());
                entry.setTime(time);
                zip.addRawArchiveEntry(entry, data.stream());
            }
        }
        zip.finish();
        out.flush();
        parts.clear();
    }

    /** The letters of the first columns, which nearly every cell reference names. */
    private static final String[] COLUMNS = new String[64];

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = letters(i);
        }
    }

    /** The letters of a 0-based column: 0 is A, 26 is AA. */
    static String column(int column) {
        return column < COLUMNS.length ? COLUMNS[column] : letters(column);
    }

    private static String letters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.append((char) ('A' + (c - 1) % 26));
        }
        return letters.reverse().toString();
    }

    /** A1 reference of a 0-based cell. */
    static String cell(int row, int column) {
        return column(column) + (row + 1);
    }

    /** A1:B2 reference of a range of 0-based cells. */
    static String range(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        return cell(firstRow, firstColumn) + ":" + cell(lastRow, lastColumn);
    }

    /** The sheet's name as a formula writes it, quoted when it needs to be. */
    static String quotedName(String sheet) {
        StringBuilder out = new StringBuilder();
        SheetNameFormatter.appendFormat(out, sheet);
        return out.toString();
    }

    /** An absolute, sheet-qualified range: {@code Checks!$A$1:$J$20}. */
    static String absolute(String sheet, int firstRow, int firstColumn, int lastRow, int lastColumn) {
        return quotedName(sheet) + "!$" + column(firstColumn) + "$" + (firstRow + 1) + ":$" + column(lastColumn) + "$"
                + (lastRow + 1);
    }
}
