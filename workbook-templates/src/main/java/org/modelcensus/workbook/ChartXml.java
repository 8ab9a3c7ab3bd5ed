package org.modelcensus.workbook;

import java.util.List;
import org.apache.poi.util.Units;

/**
 * One chart as DrawingML text, added to a sheet as a drawing part and a chart part of the package.
 *
 * <p>The XML is what POI's chart API (XDDF) writes for the same chart, element for element, but written
 * as text: building it through XDDF's XMLBeans objects loaded some 400 classes more and took a third of the
 * time spent writing a workbook (docs/benchmarks.md, "The fourth pass"). The parts are validated against
 * the ECMA-376 schemas by {@code OoxmlSchemaTest} and drawn by LibreOffice in the parity test.
 *
 * <p>Build a chart in the order of its XML: a title, then bars, a line or a pie, then a legend; then
 * {@link #addTo} the sheet.
 */
final class ChartXml {
    /** One series: its name, categories and values, each a cell reference with the values cached. */
    record Series(String nameRef, String name, String categoriesRef, List<String> categories, String valuesRef,
            List<Double> values) {
    }

    /** Fill colours as RGB hex, in the order series or slices take them. */
    private static final String[] PALETTE = {"1F4E79", "ED7D31", "70AD47", "A5A5A5", "FFC000", "5B9BD5", "9E480E",
        "264478"};

    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    /** The end of a title: laid out by the viewer, beside the plot (not over it), 12 pt bold. */
    private static final String TITLE_END = "<c:layout/><c:overlay val=\"false\"/><c:txPr><a:bodyPr/><a:p><a:pPr>"
            + "<a:defRPr sz=\"1200\" b=\"true\"/></a:pPr></a:p></c:txPr></c:title>";

    private final StringBuilder title = new StringBuilder();
    private final StringBuilder plots = new StringBuilder();
    private final StringBuilder axes = new StringBuilder();
    private final StringBuilder legend = new StringBuilder();
    private int seriesCount;

    /** The colour of the {@code i}th series or slice (0-based); the palette repeats. */
    private static String colour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** A fixed title. */
    ChartXml title(String text) {
        title.setLength(0);
        title.append("<c:title><c:tx><c:rich><a:bodyPr anchor=\"t\" rtlCol=\"false\"/><a:lstStyle/><a:p>")
                .append("<a:pPr algn=\"l\"><a:defRPr/></a:pPr><a:r><a:rPr lang=\"en\"/><a:t>");
        XlsxSheet.escapeText(title, text);
        title.append("</a:t></a:r><a:endParaRPr lang=\"en-US\" sz=\"1100\"/></a:p></c:rich></c:tx>").append(TITLE_END);
        return this;
    }

    /** A title read from a cell ({@code ref}), with its current text. */
    ChartXml titleFrom(String ref, String text) {
        title.setLength(0);
        title.append("<c:title><c:tx>");
        strRef(title, ref, List.of(text));
        title.append("</c:tx>").append(TITLE_END);
        return this;
    }

    /**
     * Bars on the first pair of axes, one colour per series: vertical columns, or horizontal bars with the first
     * category at the top.
     */
    ChartXml bars(boolean horizontal, List<Series> series) {
        plots.append("<c:barChart><c:barDir val=\"").append(horizontal ? "bar" : "col")
                .append("\"/><c:varyColors val=\"false\"/>");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            open(s);
            fill(plots.append("<c:spPr>"), colour(i)).append("</c:spPr>");
            data(s);
            plots.append("</c:ser>");
        }
        plots.append("<c:axId val=\"0\"/><c:axId val=\"1\"/></c:barChart>");
        categoryAxis(0, 1, horizontal, true);
        valueAxis(1, 0, "l", "autoZero");
        return this;
    }

    /** A line with round markers in the {@code colour}th colour, on a second pair of axes: hidden categories, values at the right. */
    ChartXml lineOnRightAxis(Series s, int colour) {
        plots.append("<c:lineChart><c:grouping val=\"standard\"/>");
        open(s);
        fill(plots.append("<c:spPr><a:ln w=\"").append(Units.toEMU(2.25)).append("\">"), colour(colour))
                .append("</a:ln></c:spPr><c:marker><c:symbol val=\"circle\"/></c:marker>");
        for (int i = 0; i < s.values().size(); i++) {
            point(i, colour);
        }
        data(s);
        plots.append("<c:smooth val=\"false\"/></c:ser><c:axId val=\"2\"/><c:axId val=\"3\"/></c:lineChart>");
        categoryAxis(2, 3, false, false);
        valueAxis(3, 2, "r", "max");
        return this;
    }

    /** A pie, one colour per slice, labelled with its value and percentage. */
    ChartXml pie(Series s) {
        plots.append("<c:pieChart><c:varyColors val=\"true\"/>");
        open(s);
        for (int i = 0; i < s.values().size(); i++) {
            point(i, i);
        }
        plots.append("<c:dLbls><c:showLegendKey val=\"false\"/><c:showVal val=\"true\"/><c:showCatName val=\"false\"/>")
                .append("<c:showSerName val=\"false\"/><c:showPercent val=\"true\"/><c:showBubbleSize val=\"false\"/>")
                .append("</c:dLbls>");
        data(s);
        plots.append("</c:ser></c:pieChart>");
        return this;
    }

    /** A legend at the bottom ({@code b}) or the right ({@code r}). */
    ChartXml legend(String position) {
        legend.setLength(0);
        legend.append("<c:legend><c:legendPos val=\"").append(position).append("\"/><c:overlay val=\"false\"/></c:legend>");
        return this;
    }

    /** The chart part's XML. */
    String chartSpace() {
        return HEADER + "<c:chartSpace xmlns:c=\"" + CHART_NS + "\" xmlns:a=\"" + MAIN_NS + "\"><c:chart>" + title
                + "<c:plotArea><c:layout/>" + plots + axes + "</c:plotArea>" + legend
                + "<c:plotVisOnly val=\"true\"/></c:chart><c:printSettings><c:headerFooter/>"
                + "<c:pageMargins b=\"0.75\" l=\"0.7\" r=\"0.7\" t=\"0.75\" header=\"0.3\" footer=\"0.3\"/><c:pageSetup/>"
                + "</c:printSettings></c:chartSpace>";
    }

    /**
     * Adds the chart to the sheet, anchored from the top left of cell ({@code row1}, {@code col1}) to the top left
     * of ({@code row2}, {@code col2}): a drawing part of its own (a sheet here has one chart at most), the chart
     * part, their relationships and the sheet's {@code <drawing>} element.
     */
    void addTo(XlsxSheet sheet, int col1, int row1, int col2, int row2) {
        sheet.chart(drawing(sheet, col1, row1, col2, row2), chartSpace());
    }

    /**
     * The drawing part: one frame holding the chart ({@code rId1} of the drawing). The frame's size is POI's: the
     * columns' widths and the default row height, in pixels; Excel and LibreOffice place the chart by its anchor's cells.
     */
    private static String drawing(XlsxSheet sheet, int col1, int row1, int col2, int row2) {
        double widthPx = 0;
        for (int c = col1; c < col2; c++) {
            widthPx += sheet.columnWidthInPixels(c);
        }
        double heightPx = (row2 - row1) * (Units.toEMU(sheet.defaultRowHeightInPoints()) / (double) Units.EMU_PER_PIXEL);
        return HEADER + "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\""
                + " xmlns:a=\"" + MAIN_NS + "\" xmlns:c=\"" + CHART_NS + "\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<xdr:twoCellAnchor editAs=\"twoCell\">" + corner("from", col1, row1) + corner("to", col2, row2)
                + "<xdr:graphicFrame><xdr:nvGraphicFramePr><xdr:cNvPr id=\"0\" name=\"Diagramm0\"/><xdr:cNvGraphicFramePr/>"
                + "</xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + Units.pixelToEMU((int) widthPx)
                + "\" cy=\"" + Units.pixelToEMU((int) heightPx) + "\"/></xdr:xfrm><a:graphic><a:graphicData uri=\""
                + CHART_NS + "\"><c:chart r:id=\"rId1\"/></a:graphicData></a:graphic></xdr:graphicFrame>"
                + "<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>";
    }

    private static String corner(String name, int col, int row) {
        return "<xdr:" + name + "><xdr:col>" + col + "</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>" + row
                + "</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:" + name + ">";
    }

    private void open(Series s) {
        int index = seriesCount++;
        plots.append("<c:ser><c:idx val=\"").append(index).append("\"/><c:order val=\"").append(index)
                .append("\"/><c:tx>");
        strRef(plots, s.nameRef(), List.of(s.name()));
        plots.append("</c:tx>");
    }

    private void data(Series s) {
        plots.append("<c:cat>");
        strRef(plots, s.categoriesRef(), s.categories());
        plots.append("</c:cat><c:val><c:numRef><c:f>");
        XlsxSheet.escapeText(plots, s.valuesRef());
        plots.append("</c:f><c:numCache><c:ptCount val=\"").append(s.values().size()).append("\"/>");
        for (int i = 0; i < s.values().size(); i++) {
            Double v = s.values().get(i);
            if (v != null) {
                plots.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(v).append("</c:v></c:pt>");
            }
        }
        plots.append("</c:numCache></c:numRef></c:val>");
    }

    private void point(int index, int colour) {
        fill(plots.append("<c:dPt><c:idx val=\"").append(index).append("\"/><c:spPr>"), colour(colour))
                .append("</c:spPr></c:dPt>");
    }

    private static StringBuilder fill(StringBuilder out, String rgb) {
        return out.append("<a:solidFill><a:srgbClr val=\"").append(rgb).append("\"/></a:solidFill>");
    }

    private static void strRef(StringBuilder out, String ref, List<String> texts) {
        out.append("<c:strRef><c:f>");
        XlsxSheet.escapeText(out, ref);
        out.append("</c:f><c:strCache><c:ptCount val=\"").append(texts.size()).append("\"/>");
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) != null) {
                out.append("<c:pt idx=\"").append(i).append("\"><c:v>");
                XlsxSheet.escapeText(out, texts.get(i));
                out.append("</c:v></c:pt>");
            }
        }
        out.append("</c:strCache></c:strRef>");
    }

    private void categoryAxis(int id, int crossing, boolean topDown, boolean visible) {
        axes.append("<c:catAx><c:axId val=\"").append(id).append("\"/><c:scaling><c:orientation val=\"")
                .append(topDown ? "maxMin" : "minMax").append("\"/></c:scaling><c:delete val=\"").append(!visible)
                .append("\"/><c:axPos val=\"b\"/>");
        tickMarks(crossing, "autoZero");
        axes.append("<c:auto val=\"false\"/></c:catAx>");
    }

    private void valueAxis(int id, int crossing, String position, String crosses) {
        axes.append("<c:valAx><c:axId val=\"").append(id).append("\"/><c:scaling><c:orientation val=\"minMax\"/>")
                .append("</c:scaling><c:delete val=\"false\"/><c:axPos val=\"").append(position).append("\"/>");
        tickMarks(crossing, crosses);
        // Bars sit between the category marks; the default (midCat) makes Excel cut the first and last bar in half.
        axes.append("<c:crossBetween val=\"between\"/></c:valAx>");
    }

    private void tickMarks(int crossing, String crosses) {
        axes.append("<c:majorTickMark val=\"cross\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
                .append("<c:crossAx val=\"").append(crossing).append("\"/><c:crosses val=\"").append(crosses)
                .append("\"/>");
    }
}
