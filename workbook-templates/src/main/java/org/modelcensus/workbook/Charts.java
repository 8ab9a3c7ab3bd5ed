package org.modelcensus.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.ReportTable;

/**
 * The chart of a figure or table, drawn from its formula cells (series reference the table's
 * cells; their caches hold the Java values, so a previewer shows the same picture):
 * <ul>
 * <li>models per year: bars per year, with the growth rate in the title, which is a formula cell;
 * <li>multimodal count and share: bars per year and the share as a line on a second axis;
 * <li>solo and joint development: a pie;
 * <li>a table with a total column (countries, domains, tasks, developers): one bar per row;
 * <li>otherwise: clustered bars, the longer of rows and years along the axis.
 * </ul>
 * Total rows ({@code 계}, {@code 소계...}, {@code 전체...}) are left out.
 */
final class Charts {
    static final String TOTAL = "계";
    static final String GROWTH_ROW = "CAGR(%)";
    private static final int WIDTH_COLUMNS = 9;
    private static final int HEIGHT_ROWS = 20;
    /** Above this many categories bars run horizontally, one row of the sheet per bar. */
    private static final int HORIZONTAL_FROM = 9;
    /** Category labels longer than this make bars horizontal. */
    private static final int LONG_LABEL = 20;
    /** Tables wider than this get their chart below them rather than to their right. */
    private static final int WIDE_TABLE = 7;
    /** Explicit colours: the file has no theme, and LibreOffice draws a series without a fill invisibly. */
    private static final byte[][] PALETTE = {{0x1F, 0x4E, 0x79}, {(byte) 0xED, 0x7D, 0x31}, {0x70, (byte) 0xAD, 0x47},
        {(byte) 0xA5, (byte) 0xA5, (byte) 0xA5}, {(byte) 0xFF, (byte) 0xC0, 0x00}, {0x5B, (byte) 0x9B, (byte) 0xD5},
        {(byte) 0x9E, 0x48, 0x0E}, {0x26, 0x44, 0x78}};

    private final Report report;
    private final ReportTable table;
    private final Layout.TablePlace place;
    private final String sheetName;

    private Charts(Report report, Layout.TablePlace place) {
        this.report = report;
        this.table = place.table();
        this.place = place;
        this.sheetName = table.id();
    }

    /** Draws the table's chart, if it has one; returns the last sheet row the table or its chart takes. */
    static int draw(Cells cells, SXSSFSheet sheet, XSSFSheet backing, Layout.TablePlace place, Report report) {
        if (place.table().chart() == ReportTable.Chart.NONE) {
            return place.lastRow();
        }
        return new Charts(report, place).draw(cells, sheet, backing);
    }

    private int draw(Cells cells, SXSSFSheet sheet, XSSFSheet backing) {
        List<String> years = table.columns().stream().filter(c -> c.matches("\\d{4}")).toList();
        List<String> rows = rowsToDraw();
        if (rows.isEmpty() || (years.isEmpty() && table.chart() == ReportTable.Chart.BAR_WITH_LINE)) {
            return place.lastRow();
        }
        int categories = table.chart() == ReportTable.Chart.BAR && !table.rows().contains(GROWTH_ROW)
                && (table.columns().contains(TOTAL) || years.isEmpty() || rows.size() > years.size()) ? rows.size() : 0;
        // Horizontal bars get a row each, two where long labels (task groups) need room to be shown all.
        boolean longLabels = rows.stream().anyMatch(r -> r.length() > LONG_LABEL);
        int height = categories >= HORIZONTAL_FROM ? Math.max(HEIGHT_ROWS, categories * (longLabels ? 2 : 1) + 6)
                : HEIGHT_ROWS;
        boolean below = place.lastColumn() > WIDE_TABLE;
        int left = below ? 0 : place.lastColumn() + 2;
        // Beside the table it starts at the header row, leaving the input cells and their note above it free.
        int top = below ? place.lastRow() + 4 : place.headerRow();
        var drawing = backing.createDrawingPatriarch();
        var anchor = drawing.createAnchor(0, 0, 0, 0, left, top, left + WIDTH_COLUMNS, top + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(table.title());
        chart.setTitleOverlay(false);
        var title = chart.getTitle().getOrAddTextProperties();
        title.setFontSize(12.0);
        title.setBold(true);
        switch (table.chart()) {
            case PIE -> pie(chart, rows);
            case BAR_WITH_LINE -> barWithLine(chart, years);
            case BAR -> {
                if (table.rows().contains(GROWTH_ROW)) {
                    bars(chart, List.of(table.rows().get(0)), years, false);
                    growthTitle(cells, sheet, chart);
                } else if (table.columns().contains(TOTAL) || years.isEmpty()) {
                    String column = valueColumn();
                    bars(chart, List.of(column), rows, true);
                } else if (rows.size() > years.size()) {
                    bars(chart, years, rows, true);
                } else {
                    bars(chart, rows, years, false);
                }
            }
            case NONE -> throw new IllegalStateException("no chart");
        }
        return Math.max(place.lastRow() + (table.rows().contains(GROWTH_ROW) ? 2 : 0), top + height);
    }

    /** The column a one-series chart draws: the total, else the first column of numbers. */
    private String valueColumn() {
        if (table.columns().contains(TOTAL)) {
            return TOTAL;
        }
        String firstRow = table.rows().get(0);
        return table.columns().stream().filter(c -> number(new CellKey(sheetName, firstRow, c)) != null).findFirst()
                .orElse(table.columns().get(0));
    }

    /** The leading rows that are not totals (a range of adjacent rows, as a series needs). */
    private List<String> rowsToDraw() {
        List<String> out = new ArrayList<>();
        for (String r : table.rows()) {
            if (r.equals(TOTAL) || r.startsWith("소계") || r.startsWith("전체") || r.equals(GROWTH_ROW)) {
                break;
            }
            out.add(r);
        }
        return out;
    }

    /**
     * Bars: one series per entry of {@code series}; categories along the axis. When
     * {@code seriesAreColumns}, a series is a table column over rows, else a row over columns.
     */
    private void bars(XSSFChart chart, List<String> series, List<String> categories, boolean seriesAreColumns) {
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        // Bars sit between the category marks; POI's default (midCat) makes Excel cut the first and last bar in half.
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        // Many categories, or long labels (task groups), read better down the side than slanted under the axis.
        boolean horizontal = categories.size() >= HORIZONTAL_FROM
                || (seriesAreColumns && categories.stream().anyMatch(c -> c.length() > LONG_LABEL));
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        if (horizontal) {
            // First category at the top, as the table lists it.
            x.setOrientation(AxisOrientation.MAX_MIN);
        }
        data.setVaryColors(false);
        XDDFCategoryDataSource cats = seriesAreColumns ? rowLabels(categories) : columnLabels(categories);
        for (int i = 0; i < series.size(); i++) {
            String s = series.get(i);
            var added = data.addSeries(cats, seriesAreColumns ? columnValues(s, categories) : rowValues(s, categories));
            added.setFillProperties(fill(i));
            added.setTitle(s, seriesAreColumns ? new CellReference(sheetName, place.headerRow(), place.column(s), true, true)
                    : new CellReference(sheetName, place.row(s), 0, true, true));
        }
        if (series.size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        chart.plot(data);
    }

    /** Count bars per year (first row) and the share (last row) as a line on a right-hand axis. */
    private void barWithLine(XSSFChart chart, List<String> years) {
        bars(chart, List.of(table.rows().get(0)), years, false);
        XDDFCategoryAxis x2 = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x2.setVisible(false);
        XDDFValueAxis y2 = chart.createValueAxis(AxisPosition.RIGHT);
        y2.setCrosses(AxisCrosses.MAX);
        y2.setCrossBetween(AxisCrossBetween.BETWEEN);
        x2.crossAxis(y2);
        y2.crossAxis(x2);
        var line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x2, y2);
        // Required by the schema (CT_LineChart); POI does not add it.
        line.setGrouping(Grouping.STANDARD);
        String share = table.rows().get(table.rows().size() - 1);
        var s = (XDDFLineChartData.Series) line.addSeries(columnLabels(years), rowValues(share, years));
        s.setTitle(share, new CellReference(sheetName, place.row(share), 0, true, true));
        s.setMarkerStyle(MarkerStyle.CIRCLE);
        s.setSmooth(false);
        var stroke = new XDDFLineProperties();
        stroke.setFillProperties(fill(1));
        stroke.setWidth(2.25);
        s.setLineProperties(stroke);
        for (int i = 0; i < years.size(); i++) {
            s.getDataPoint(i).setFillProperties(fill(1));
        }
        chart.plot(line);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    }

    private void pie(XSSFChart chart, List<String> rows) {
        String column = valueColumn();
        XDDFChartData data = chart.createData(ChartTypes.PIE, null, null);
        data.setVaryColors(true);
        var series = (XDDFPieChartData.Series) data.addSeries(rowLabels(rows), columnValues(column, rows));
        series.setTitle(column, new CellReference(sheetName, place.headerRow(), place.column(column), true, true));
        for (int i = 0; i < rows.size(); i++) {
            series.getDataPoint(i).setFillProperties(fill(i));
        }
        var labels = series.getCTPieSer().addNewDLbls();
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(true);
        labels.addNewShowBubbleSize().setVal(false);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        chart.plot(data);
    }

    /**
     * The chart title as a formula cell under the table (title and growth rate, e.g. "... CAGR
     * 185.0%"), referenced by the chart so it follows the data.
     */
    private void growthTitle(Cells cells, SXSSFSheet sheet, XSSFChart chart) {
        CellKey growth = table.cells().keySet().stream().filter(k -> k.row().equals(GROWTH_ROW)).findFirst()
                .orElseThrow();
        int row = place.lastRow() + 2;
        String growthCell = new CellReference(place.row(growth.row()), place.column(growth.column())).formatAsString();
        Object value = report.value(growth);
        Object caption = value instanceof Double d
                ? table.title() + " (CAGR " + String.format(Locale.ROOT, "%.1f", d) + "%)" : value;
        cells.label(Cells.row(sheet, row), 0, "차트 제목 (chart title)", cells.bold);
        cells.formula(Cells.row(sheet, row), 1, FormulaRenderer.literal(table.title() + " (CAGR ") + "&TEXT(" + growthCell
                + ",\"0.0\")&\"%)\"", caption, null);
        var tx = chart.getCTChart().getTitle().getTx();
        tx.unsetRich();
        var ref = tx.addNewStrRef();
        ref.setF(new CellReference(sheetName, row, 1, true, true).formatAsString());
        var cache = ref.addNewStrCache();
        cache.addNewPtCount().setVal(1);
        var pt = cache.addNewPt();
        pt.setIdx(0);
        pt.setV(caption.toString());
    }

    private static XDDFSolidFillProperties fill(int i) {
        return new XDDFSolidFillProperties(XDDFColor.from(PALETTE[i % PALETTE.length]));
    }

    private XDDFCategoryDataSource rowLabels(List<String> rows) {
        return XDDFDataSourcesFactory.fromArray(rows.toArray(String[]::new), range(
                place.row(rows.get(0)), 0, place.row(rows.get(rows.size() - 1)), 0));
    }

    private XDDFCategoryDataSource columnLabels(List<String> columns) {
        return XDDFDataSourcesFactory.fromArray(columns.toArray(String[]::new), range(
                place.headerRow(), place.column(columns.get(0)), place.headerRow(), place.column(columns.get(columns.size() - 1))));
    }

    private XDDFNumericalDataSource<Double> rowValues(String row, List<String> columns) {
        Double[] values = columns.stream().map(c -> number(new CellKey(sheetName, row, c))).toArray(Double[]::new);
        return XDDFDataSourcesFactory.fromArray(values, range(place.row(row), place.column(columns.get(0)),
                place.row(row), place.column(columns.get(columns.size() - 1))));
    }

    private XDDFNumericalDataSource<Double> columnValues(String column, List<String> rows) {
        Double[] values = rows.stream().map(r -> number(new CellKey(sheetName, r, column))).toArray(Double[]::new);
        return XDDFDataSourcesFactory.fromArray(values, range(place.row(rows.get(0)), place.column(column),
                place.row(rows.get(rows.size() - 1)), place.column(column)));
    }

    private Double number(CellKey key) {
        return table.cells().containsKey(key) && report.value(key) instanceof Double d ? d : null;
    }

    private String range(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        return new CellReference(sheetName, firstRow, firstColumn, true, true).formatAsString() + ":"
                + new CellReference(lastRow, lastColumn, true, true).formatAsString(false);
    }
}
