package org.modelcensus.functions.report;

import static org.modelcensus.functions.normalize.DataTables.DEVELOPER;
import static org.modelcensus.functions.normalize.DataTables.DEVELOPERS;
import static org.modelcensus.functions.normalize.DataTables.DEV_ID;
import static org.modelcensus.functions.normalize.DataTables.NATIONALITY;
import static org.modelcensus.functions.normalize.DataTables.FLOP;
import static org.modelcensus.functions.normalize.DataTables.ID;
import static org.modelcensus.functions.normalize.DataTables.MODELS;
import static org.modelcensus.functions.normalize.DataTables.YEAR;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelcensus.functions.edition.EditionTable.Column;
import org.modelcensus.functions.normalize.Country;
import org.modelcensus.functions.normalize.NormalizedModel;
import org.modelcensus.functions.query.Arithmetic;
import org.modelcensus.functions.query.CellRef;
import org.modelcensus.functions.query.Compare;
import org.modelcensus.functions.query.Constant;
import org.modelcensus.functions.query.Count;
import org.modelcensus.functions.query.Filter;
import org.modelcensus.functions.query.Lookup;
import org.modelcensus.functions.query.Param;
import org.modelcensus.functions.query.Query;

/** Tables that list models or developers: Korean models, top developers, top models by compute. */
final class ListTables {
    private ListTables() {
    }

    /** Models with a Korean developer in range, oldest first (Table 2). */
    static ReportTable koreanModels(Scope s, String id, String title, List<Column> columns) {
        ReportTable.Builder b = ReportTable.builder(id, title);
        List<NormalizedModel> korean = new ArrayList<>();
        for (NormalizedModel m : s.data.models()) {
            if (m.year() >= s.firstYear && m.year() <= s.lastYear && korean(m)) {
                korean.add(m);
            }
        }
        korean.sort(Comparator.comparing(NormalizedModel::date));
        addModelRows(b, korean, columns);
        return b.build();
    }

    /** Whether a model counts under Korea (a loop: a stream per model was most of this table's garbage). */
    private static boolean korean(NormalizedModel m) {
        for (Country c : m.countries()) {
            if ("KR".equals(c.code())) {
                return true;
            }
        }
        return false;
    }

    /** The {@code n} models of {@code year} with the most training compute, ranked (2020-2023 T7, 2020-2024 T9). */
    static ReportTable topModels(Scope s, String id, String title, int year, int n, List<Column> columns) {
        // Both reports print it turned: one column per model, in rank order.
        ReportTable.Builder b = ReportTable.builder(id, title).transposed();
        Param y = b.param("Year", "연도 (year)", year);
        List<NormalizedModel> top = top(s.data.models(), year, n);
        Map<NormalizedModel, String> labels = rowLabels(top);
        for (NormalizedModel m : top) {
            Query flop = new Lookup(MODELS, ID, m.id(), FLOP);
            b.cell(labels.get(m), "순위", Arithmetic.plus(
                    Count.of(MODELS, Filter.eq(YEAR, y), Filter.gt(FLOP, flop)), Constant.of(1)));
        }
        addModelRows(b, top, columns);
        return b.build();
    }

    /** The first {@code n} models of {@code year} by descending compute, ties in dataset order (a stable sort's top). */
    private static List<NormalizedModel> top(List<NormalizedModel> models, int year, int n) {
        List<NormalizedModel> top = new ArrayList<>(n + 1);
        for (NormalizedModel m : models) {
            if (m.year() != year || m.trainingCompute() == null) {
                continue;
            }
            int i = top.size();
            while (i > 0 && Double.compare(-top.get(i - 1).trainingCompute(), -m.trainingCompute()) > 0) {
                i--;
            }
            if (i < n) {
                top.add(i, m);
                if (top.size() > n) {
                    top.remove(n);
                }
            }
        }
        return top;
    }

    private static void addModelRows(ReportTable.Builder b, List<NormalizedModel> models, List<Column> columns) {
        Map<NormalizedModel, String> labels = rowLabels(models);
        for (NormalizedModel m : models) {
            for (Column c : columns) {
                b.cell(labels.get(m), c.label(), new Lookup(MODELS, ID, m.id(), c.column()));
            }
        }
    }

    /** Row labels are model names, numbered when two models share a name. */
    private static Map<NormalizedModel, String> rowLabels(List<NormalizedModel> models) {
        // By identity: hashing a model record would hash every raw field.
        Map<NormalizedModel, String> labels = new IdentityHashMap<>();
        Set<String> used = new HashSet<>();
        for (NormalizedModel m : models) {
            String label = m.name();
            for (int i = 2; !used.add(label); i++) {
                label = m.name() + " (" + i + ")";
            }
            labels.put(m, label);
        }
        return labels;
    }

    /**
     * Developers (parents) with at least {@code minimum} models in [from, to], most models first:
     * model count, and either a "{@code minimum}개 이상" flag (2020-2023 F5) or the nationality (2020-2024 T8).
     */
    static ReportTable topDevelopers(Scope s, String id, String title, int from, int to, int minimum,
            boolean nationality) {
        ReportTable.Builder b = ReportTable.builder(id, title).unit("(단위: 개)").chart(ReportTable.Chart.BAR);
        if (nationality) {
            // The 2020-2024 report prints 기업/기관명 | 국적 | 모델 수.
            b.columns(List.of("국적", "모델 수"));
        }
        Param yFrom = b.param("YearFrom", "시작 연도 (first year)", from);
        Param yTo = b.param("YearTo", "종료 연도 (last year)", to);
        var table = s.data.table(DEVELOPERS);
        int devColumn = table.column(DEVELOPER);
        int idColumn = table.column(DEV_ID);
        Map<String, Integer> devIds = new LinkedHashMap<>();
        for (int r = 0; r < table.size(); r++) {
            devIds.putIfAbsent((String) table.get(r, devColumn), (Integer) table.get(r, idColumn));
        }
        List<String> developers = new ArrayList<>(devIds.keySet());
        Map<String, Double> counts = new LinkedHashMap<>();
        for (String d : developers) {
            counts.put(d, s.number(count(devIds.get(d), yFrom, yTo)));
        }
        developers.removeIf(d -> counts.get(d) < minimum);
        developers.sort(Comparator.comparingDouble((String d) -> -counts.get(d)));
        for (String d : developers) {
            b.cell(d, "모델 수", count(devIds.get(d), yFrom, yTo));
            if (nationality) {
                b.cell(d, "국적", new Lookup(DEVELOPERS, DEV_ID, devIds.get(d), NATIONALITY));
            } else {
                b.cell(d, minimum + "개 이상", new Compare(Filter.Op.GE, new CellRef(
                        b.key(d, "모델 수")), Constant.of(minimum)));
            }
        }
        return b.build();
    }

    /**
     * A developer's models in [from, to], by its numeric id: a name from the data could be text that
     * a COUNTIFS criterion reads as a number, a date or more than 255 characters.
     */
    private static Query count(int devId, Param from, Param to) {
        return Count.of(DEVELOPERS, Filter.eq(DEV_ID, devId), Filter.ge(YEAR, from), Filter.le(YEAR, to));
    }
}
