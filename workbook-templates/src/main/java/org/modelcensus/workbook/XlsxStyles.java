package org.modelcensus.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * The cell styles of an {@link XlsxWorkbook} and its {@code styles.xml}: fonts, solid fills, number formats,
 * alignment and the quote prefix, each style numbered in the order it is made (index 0 is the default style),
 * and the fills that conditional formats apply ({@code dxfs}).
 */
final class XlsxStyles {
    /** A cell style: its index in {@code cellXfs}, which cells give as their {@code s} attribute. */
    static final class Style {
        final int index;
        final Spec spec;

        private Style(int index, Spec spec) {
            this.index = index;
            this.spec = spec;
        }
    }

    /**
     * What a style sets: a bold font and its size in points; a solid fill in one of the indexed colours (-1: none);
     * an Excel number format (null: General); horizontal and vertical alignment (null: the default); wrapped text;
     * a quote prefix (the cell's text is never read as a formula or number when edited).
     */
    record Spec(boolean bold, double points, int fill, String format, String horizontal, String vertical, boolean wrap,
            boolean quotePrefix) {
        static final Spec PLAIN = new Spec(false, DEFAULT_POINTS, -1, null, null, null, false, false);

        Spec bold(double size) {
            return new Spec(true, size, fill, format, horizontal, vertical, wrap, quotePrefix);
        }

        Spec fill(int indexedColour) {
            return new Spec(bold, points, indexedColour, format, horizontal, vertical, wrap, quotePrefix);
        }

        Spec format(String excelFormat) {
            return new Spec(bold, points, fill, excelFormat, horizontal, vertical, wrap, quotePrefix);
        }

        Spec align(String h, String v) {
            return new Spec(bold, points, fill, format, h, v, wrap, quotePrefix);
        }

        Spec wrapped() {
            return new Spec(bold, points, fill, format, horizontal, vertical, true, quotePrefix);
        }

        Spec quoted() {
            return new Spec(bold, points, fill, format, horizontal, vertical, wrap, true);
        }
    }

    static final double DEFAULT_POINTS = 11;
    /** The default style, index 0 of every workbook. */
    static final Style PLAIN = new Style(0, Spec.PLAIN);
    /** The first id of a number format that is not one of Excel's built-in formats. */
    private static final int FIRST_CUSTOM_FORMAT = 164;

    private final List<Style> styles = new ArrayList<>();
    private final Map<String, Integer> customFormats = new LinkedHashMap<>();
    private final List<Integer> dxfFills = new ArrayList<>();

    XlsxStyles() {
        styles.add(PLAIN);
    }

    /** A new style; styles are not shared, so each call adds one, as in Excel's own files. */
    Style add(Spec spec) {
        if (spec.format() != null && BuiltinFormats.getBuiltinFormat(spec.format()) < 0) {
            customFormats.putIfAbsent(spec.format(), FIRST_CUSTOM_FORMAT + customFormats.size());
        }
        Style s = new Style(styles.size(), spec);
        styles.add(s);
        return s;
    }

    /** A differential format filling a cell with an indexed colour, for a conditional format; returns its id. */
    int dxfFill(int indexedColour) {
        dxfFills.add(indexedColour);
        return dxfFills.size() - 1;
    }

    String xml() {
        List<String> fonts = new ArrayList<>(List.of(
                "<font><sz val=\"11.0\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>"));
        List<Integer> fills = new ArrayList<>();
        StringBuilder xfs = new StringBuilder();
        for (Style style : styles) {
            Spec s = style.spec;
            int font = 0;
            if (s.bold() || s.points() != DEFAULT_POINTS) {
                String f = "<font><name val=\"Calibri\"/><sz val=\"" + s.points() + "\"/>" + (s.bold() ? "<b val=\"true\"/>" : "")
                        + "</font>";
                font = fonts.indexOf(f);
                if (font < 0) {
                    fonts.add(f);
                    font = fonts.size() - 1;
                }
            }
            int fill = 0;
            if (s.fill() >= 0) {
                int i = fills.indexOf(s.fill());
                if (i < 0) {
                    fills.add(s.fill());
                    i = fills.size() - 1;
                }
                fill = 2 + i;
            }
            int format = s.format() == null ? 0 : customFormats.getOrDefault(s.format(),
                    BuiltinFormats.getBuiltinFormat(s.format()));
            boolean aligned = s.horizontal() != null || s.vertical() != null || s.wrap();
            xfs.append("<xf numFmtId=\"").append(format).append("\" fontId=\"").append(font).append("\" fillId=\"")
                    .append(fill).append("\" borderId=\"0\" xfId=\"0\"");
            if (s.quotePrefix()) {
                xfs.append(" quotePrefix=\"true\"");
            }
            if (format != 0) {
                xfs.append(" applyNumberFormat=\"true\"");
            }
            if (font != 0) {
                xfs.append(" applyFont=\"true\"");
            }
            if (fill != 0) {
                xfs.append(" applyFill=\"true\"");
            }
            if (!aligned) {
                xfs.append("/>");
                continue;
            }
            xfs.append(" applyAlignment=\"true\"><alignment");
            if (s.horizontal() != null) {
                xfs.append(" horizontal=\"").append(s.horizontal()).append('"');
            }
            if (s.vertical() != null) {
                xfs.append(" vertical=\"").append(s.vertical()).append('"');
            }
            if (s.wrap()) {
                xfs.append(" wrapText=\"true\"");
            }
            xfs.append("/></xf>");
        }
        StringBuilder out = new StringBuilder(XlsxWorkbook.XML_HEADER)
                .append("<styleSheet xmlns=\"").append(XlsxWorkbook.MAIN_NS).append("\">");
        if (!customFormats.isEmpty()) {
            out.append("<numFmts count=\"").append(customFormats.size()).append("\">");
            customFormats.forEach((code, id) -> {
                out.append("<numFmt numFmtId=\"").append(id).append("\" formatCode=\"");
                XlsxSheet.escapeAttribute(out, code);
                out.append("\"/>");
            });
            out.append("</numFmts>");
        }
        out.append("<fonts count=\"").append(fonts.size()).append("\">");
        fonts.forEach(out::append);
        out.append("</fonts><fills count=\"").append(2 + fills.size()).append("\"><fill><patternFill patternType=\"none\"/></fill>")
                .append("<fill><patternFill patternType=\"gray125\"/></fill>");
        for (int colour : fills) {
            out.append("<fill><patternFill patternType=\"solid\"><fgColor indexed=\"").append(colour)
                    .append("\"/></patternFill></fill>");
        }
        out.append("</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>")
                .append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
                .append("<cellXfs count=\"").append(styles.size()).append("\">").append(xfs).append("</cellXfs>")
                .append("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
        if (!dxfFills.isEmpty()) {
            out.append("<dxfs count=\"").append(dxfFills.size()).append("\">");
            for (int colour : dxfFills) {
                out.append("<dxf><fill><patternFill patternType=\"solid\"><bgColor indexed=\"").append(colour)
                        .append("\"/></patternFill></fill></dxf>");
            }
            out.append("</dxfs>");
        }
        return out.append("</styleSheet>").toString();
    }
}
