package org.modelcensus.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
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

    static void draw(Cells cells, SXSSFSheet sheet, XSSFSheet backing, Layout.TablePlace place, Report report) {
        if (place.table().chart() == ReportTable.Chart.NONE) {
            return;
        }
        new Charts(report, place).draw(cells, sheet, backing);
    }

    private void draw(Cells cells, SXSSFSheet sheet, XSSFSheet backing) {
        List<String> years = table.columns().stream().filter(c -> c.matches("\\d{4}")).toList();
        List<String> rows = rowsToDraw();
        if (rows.isEmpty() || (years.isEmpty() && table.chart() == ReportTable.Chart.BAR_WITH_LINE)) {
            return;
        }
        int left = place.lastColumn() + 2;
        var drawing = backing.createDrawingPatriarch();
        var anchor = drawing.createAnchor(0, 0, 0, 0, left, 0, left + WIDTH_COLUMNS, HEIGHT_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(table.title());
        chart.setTitleOverlay(false);
        switch (table.chart()) {
            case PIE -> pie(chart, rows);
            case BAR_WITH_LINE -> barWithLine(chart, years);
            case BAR -> {
                if (table.rows().contains(GROWTH_ROW)) {
                    bars(chart, List.of(table.rows().get(0)), years, false);
                    growthTitle(cells, sheet, chart);
                } else if (table.columns().contains(TOTAL) || years.isEmpty()) {
                    String column = table.columns().contains(TOTAL) ? TOTAL : table.columns().get(0);
                    bars(chart, List.of(column), rows, true);
                } else if (rows.size() > years.size()) {
                    bars(chart, years, rows, true);
                } else {
                    bars(chart, rows, years, false);
                }
            }
            case NONE -> throw new IllegalStateException("no chart");
        }
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
        var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFCategoryDataSource cats = seriesAreColumns ? rowLabels(categories) : columnLabels(categories);
        for (String s : series) {
            var added = data.addSeries(cats, seriesAreColumns ? columnValues(s, categories) : rowValues(s, categories));
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
        x2.crossAxis(y2);
        y2.crossAxis(x2);
        var line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x2, y2);
        String share = table.rows().get(table.rows().size() - 1);
        var s = (XDDFLineChartData.Series) line.addSeries(columnLabels(years), rowValues(share, years));
        s.setTitle(share, new CellReference(sheetName, place.row(share), 0, true, true));
        s.setMarkerStyle(MarkerStyle.CIRCLE);
        s.setSmooth(false);
        chart.plot(line);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    }

    private void pie(XSSFChart chart, List<String> rows) {
        String column = table.columns().contains(TOTAL) ? TOTAL : table.columns().get(0);
        XDDFChartData data = chart.createData(ChartTypes.PIE, null, null);
        data.setVaryColors(true);
        data.addSeries(rowLabels(rows), columnValues(column, rows))
                .setTitle(column, new CellReference(sheetName, place.headerRow(), place.column(column), true, true));
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
        cells.formula(Cells.row(sheet, row), 1, "A1&\" (CAGR \"&TEXT(" + growthCell + ",\"0.0\")&\"%)\"", caption, null);
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
