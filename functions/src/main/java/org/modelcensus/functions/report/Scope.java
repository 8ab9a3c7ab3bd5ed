package org.modelcensus.functions.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.modelcensus.functions.normalize.DataTables;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.query.Constant;
import org.modelcensus.functions.query.Count;
import org.modelcensus.functions.query.Evaluator;
import org.modelcensus.functions.query.Filter;
import org.modelcensus.functions.query.LongTable;
import org.modelcensus.functions.query.Param;
import org.modelcensus.functions.query.Query;

/**
 * What every table builder shares: the data, the years of the edition, and an evaluator used to
 * choose data-driven rows (the same queries the cells use, so row choice and cell values agree).
 */
final class Scope {
    static final String TOTAL = "계";

    final NormalizedDataset data;
    final int firstYear;
    final int lastYear;
    private final Evaluator selector;

    Scope(NormalizedDataset data) {
        this.data = data;
        this.firstYear = data.edition().firstYear();
        this.lastYear = data.edition().lastYear();
        this.selector = new Evaluator(data.tables(), k -> null);
    }

    List<Integer> years() {
        return IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
    }

    /** Declares the year-range inputs of a table. */
    Param[] yearRange(ReportTable.Builder b) {
        return new Param[] {b.param("YearFrom", "시작 연도 (first year)", firstYear),
            b.param("YearTo", "종료 연도 (last year)", lastYear)};
    }

    /** Count of {@code table} rows in one year meeting {@code filters}. */
    static Query inYear(String table, int year, Filter... filters) {
        List<Filter> all = new ArrayList<>();
        all.add(Filter.eq(DataTables.YEAR, year));
        all.addAll(List.of(filters));
        return new Count(table, all);
    }

    /** Count of {@code table} rows with year in [from, to] meeting {@code filters}. */
    static Query inRange(String table, Param[] range, Filter... filters) {
        List<Filter> all = new ArrayList<>();
        all.add(Filter.ge(DataTables.YEAR, range[0]));
        all.add(Filter.le(DataTables.YEAR, range[1]));
        all.addAll(List.of(filters));
        return new Count(table, all);
    }

    /**
     * Rows of {@code table} whose text {@code column} is {@code text}: matched by the text itself, or by
     * its numeric id ({@link DataTables#idColumn}) when the text is too long for an Excel criterion.
     */
    Filter is(String table, String column, String text) {
        if (Filter.fitsCriterion(text)) {
            return Filter.eq(column, text);
        }
        String idColumn = DataTables.idColumn(column);
        LongTable t = data.table(table);
        int c = t.column(column);
        int id = t.column(idColumn);
        for (int r = 0; r < t.size(); r++) {
            if (text.equalsIgnoreCase((String) t.get(r, c))) {
                return Filter.eq(idColumn, t.get(r, id));
            }
        }
        // No such row: an id no row has counts nothing, as the text would.
        return Filter.eq(idColumn, 0);
    }

    /** The Java value of a query as a number (0 for anything else), for choosing rows. */
    double number(Query q) {
        return selector.evaluate(q) instanceof Double d ? d : 0;
    }

    /** Count over the edition's full year range, without parameters, for choosing rows. */
    double total(String table, Filter... filters) {
        List<Filter> all = new ArrayList<>();
        all.add(Filter.ge(DataTables.YEAR, Constant.of(firstYear)));
        all.add(Filter.le(DataTables.YEAR, Constant.of(lastYear)));
        all.addAll(List.of(filters));
        return number(new Count(table, all));
    }
}
