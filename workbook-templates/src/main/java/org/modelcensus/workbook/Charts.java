package org.modelcensus.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellReference;
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
    static int draw(Cells cells, XlsxSheet sheet, Layout.TablePlace place, Report report) {
        if (place.table().chart() == ReportTable.Chart.NONE) {
            return place.lastRow();
        }
        return new Charts(report, place).draw(cells, sheet);
    }

    private int draw(Cells cells, XlsxSheet sheet) {
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
        ChartXml chart = new ChartXml().title(table.title());
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
        chart.addTo(sheet, left, top, left + WIDTH_COLUMNS, top + height);
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
    private void bars(ChartXml chart, List<String> series, List<String> categories, boolean seriesAreColumns) {
        // Many categories, or long labels (task groups), read better down the side than slanted under the axis.
        boolean horizontal = categories.size() >= HORIZONTAL_FROM
                || (seriesAreColumns && categories.stream().anyMatch(c -> c.length() > LONG_LABEL));
        List<ChartXml.Series> drawn = new ArrayList<>();
        for (String s : series) {
            drawn.add(seriesAreColumns ? column(s, categories) : row(s, categories));
        }
        chart.bars(horizontal, drawn);
        if (series.size() > 1) {
            chart.legend("b");
        }
    }

    /** Count bars per year (first row) and the share (last row) as a line on a right-hand axis. */
    private void barWithLine(ChartXml chart, List<String> years) {
        bars(chart, List.of(table.rows().get(0)), years, false);
        chart.lineOnRightAxis(row(table.rows().get(table.rows().size() - 1), years), 1).legend("b");
    }

    private void pie(ChartXml chart, List<String> rows) {
        chart.pie(column(valueColumn(), rows)).legend("r");
    }

    /**
     * The chart title as a formula cell under the table (title and growth rate, e.g. "... CAGR
     * 185.0%"), referenced by the chart so it follows the data.
     */
    private void growthTitle(Cells cells, XlsxSheet sheet, ChartXml chart) {
        CellKey growth = table.cells().keySet().stream().filter(k -> k.row().equals(GROWTH_ROW)).findFirst()
                .orElseThrow();
        int row = place.lastRow() + 2;
        String growthCell = new CellReference(place.row(growth.row()), place.column(growth.column())).formatAsString();
        Object value = report.value(growth);
        Object caption = value instanceof Double d
                ? table.title() + " (CAGR " + String.format(Locale.ROOT, "%.1f", d) + "%)" : value;
        cells.label(sheet.row(row), 0, "차트 제목 (chart title)", cells.bold);
        cells.formula(sheet.row(row), 1, FormulaRenderer.literal(table.title() + " (CAGR ") + "&TEXT(" + growthCell
                + ",\"0.0\")&\"%)\"", caption, null);
        chart.titleFrom(ref(row, 1), caption.toString());
    }

    /** A table row over the given columns: named by its label, the columns' headers as categories. */
    private ChartXml.Series row(String row, List<String> columns) {
        List<Double> values = new ArrayList<>();
        for (String c : columns) {
            values.add(number(new CellKey(sheetName, row, c)));
        }
        int r = place.row(row);
        int first = place.column(columns.get(0));
        int last = place.column(columns.get(columns.size() - 1));
        return new ChartXml.Series(ref(r, 0), row, range(place.headerRow(), first, place.headerRow(), last), columns,
                range(r, first, r, last), values);
    }

    /** A table column over the given rows: named by its header, the rows' labels as categories. */
    private ChartXml.Series column(String column, List<String> rows) {
        List<Double> values = new ArrayList<>();
        for (String r : rows) {
            values.add(number(new CellKey(sheetName, r, column)));
        }
        int c = place.column(column);
        int first = place.row(rows.get(0));
        int last = place.row(rows.get(rows.size() - 1));
        return new ChartXml.Series(ref(place.headerRow(), c), column, range(first, 0, last, 0), rows,
                range(first, c, last, c), values);
    }

    private Double number(CellKey key) {
        return table.cells().containsKey(key) && report.value(key) instanceof Double d ? d : null;
    }

    private String ref(int row, int column) {
        return new CellReference(sheetName, row, column, true, true).formatAsString();
    }

    private String range(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        return ref(firstRow, firstColumn) + ":" + new CellReference(lastRow, lastColumn, true, true).formatAsString(false);
    }
}
