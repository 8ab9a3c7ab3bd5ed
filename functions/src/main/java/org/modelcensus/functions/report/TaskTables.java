package org.modelcensus.functions.report;

import static org.modelcensus.functions.normalize.DataTables.FIRST;
import static org.modelcensus.functions.normalize.DataTables.GROUP;
import static org.modelcensus.functions.normalize.DataTables.HAS_TASK;
import static org.modelcensus.functions.normalize.DataTables.MODELS;
import static org.modelcensus.functions.normalize.DataTables.N_TASKS;
import static org.modelcensus.functions.normalize.DataTables.TASKS;
import static org.modelcensus.functions.report.Scope.TOTAL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.modelcensus.functions.query.Arithmetic;
import org.modelcensus.functions.query.CellRef;
import org.modelcensus.functions.query.Constant;
import org.modelcensus.functions.query.Filter;
import org.modelcensus.functions.query.Param;
import org.modelcensus.functions.query.Query;

/** Tables about tasks: models per task group, models with several tasks, growth between two years. */
final class TaskTables {
    private static final String FIVE_PLUS = "5분야 이상";

    private TaskTables() {
    }

    /** Task groups counted by the edition's merge rule (once per model unless the rule says sum). */
    private static Filter[] group(Scope s, String group) {
        Filter g = s.is(TASKS, GROUP, group);
        return s.data.mappings().rules().taskGroupsSummed() ? new Filter[] {g} : new Filter[] {g, Filter.eq(FIRST, 1)};
    }

    /**
     * Task groups of at least {@code minimum} models in range, most frequent first (Table 4); with
     * {@code rows}, exactly those groups in that order, as a report prints them (the 2020-2024 report
     * shows 16 groups although later snapshots have more with 2 models or more).
     */
    static ReportTable perTask(Scope s, String id, String title, int minimum, List<String> rows, int top, Integer year) {
        ReportTable.Builder b = ReportTable.builder(id, title).unit("(단위: 개; 중복 포함)").chart(ReportTable.Chart.BAR);
        // One year (a figure the text gives for the last year) or the edition's years: the range inputs count either.
        Param[] range = year == null ? s.yearRange(b) : new Param[] {b.param("YearFrom", "시작 연도 (first year)", year),
            b.param("YearTo", "종료 연도 (last year)", year)};
        String column = year == null ? TOTAL : Integer.toString(year);
        List<String> groups;
        if (rows.isEmpty()) {
            groups = groups(s);
            ToDoubleFunction<String> count = counts(groups, g -> s.number(Scope.inRange(TASKS, range, group(s, g))));
            groups.removeIf(g -> count.applyAsDouble(g) < minimum);
            groups.sort(Comparator.comparingDouble(g -> -count.applyAsDouble(g)));
            groups = groups.subList(0, Math.min(top, groups.size()));
        } else {
            // Listed rows are shown even when no task maps to them (a count of 0): mappings of one's own may
            // leave a group out, and then the unmapped-labels warning says which tasks went missing.
            groups = rows;
        }
        for (String g : groups) {
            b.cell(g, column, Scope.inRange(TASKS, range, group(s, g)));
        }
        return b.build();
    }

    /** The figures the text gives next to Table 4: models with task information, with several tasks, share. */
    static ReportTable taskSummary(Scope s, String id, String title) {
        ReportTable.Builder b = ReportTable.builder(id, title).unit("(단위: 개, %)");
        Param[] range = s.yearRange(b);
        b.cell("과업정보 확인 모델", TOTAL, Scope.inRange(MODELS, range, Filter.eq(HAS_TASK, 1)));
        b.cell("복수 과업 모델", TOTAL, Scope.inRange(MODELS, range, Filter.ge(N_TASKS, Constant.of(2))));
        b.cell("복수 과업 비중(%)", TOTAL, Arithmetic.percent(new CellRef(b.key("복수 과업 모델", TOTAL)),
                new CellRef(b.key("과업정보 확인 모델", TOTAL))));
        return b.build();
    }

    /** Models by number of task groups (1, 2, 3, 4, 5 or more) and year, with totals (2020-2023 Table 5). */
    static ReportTable tasksPerModel(Scope s, String id, String title) {
        ReportTable.Builder b = ReportTable.builder(id, title).unit("(단위: 개)").chart(ReportTable.Chart.BAR);
        Param[] range = s.yearRange(b);
        for (int k = 1; k <= 5; k++) {
            String row = k == 5 ? FIVE_PLUS : k + "분야";
            Filter f = k == 5 ? Filter.ge(N_TASKS, Constant.of(5)) : Filter.eq(N_TASKS, k);
            for (int y : s.years()) {
                b.cell(row, Integer.toString(y), Scope.inYear(MODELS, y, f));
            }
            b.cell(row, TOTAL, Scope.inRange(MODELS, range, f));
        }
        return b.build();
    }

    /** Models able to do several task groups per year, subtotal and all models with task information (2020-2024 Table 6). */
    static ReportTable multiTask(Scope s, String id, String title) {
        ReportTable.Builder b = ReportTable.builder(id, title).unit("(단위: 개)").chart(ReportTable.Chart.BAR);
        for (int k = 2; k <= 5; k++) {
            String row = k == 5 ? FIVE_PLUS : k + "분야";
            Filter f = k == 5 ? Filter.ge(N_TASKS, Constant.of(5)) : Filter.eq(N_TASKS, k);
            s.years().forEach(y -> b.cell(row, Integer.toString(y), Scope.inYear(MODELS, y, f)));
        }
        for (int y : s.years()) {
            b.cell("소계(2분야 이상)", Integer.toString(y), Scope.inYear(MODELS, y, Filter.ge(N_TASKS, Constant.of(2))));
        }
        for (int y : s.years()) {
            b.cell("전체(과업정보 확인)", Integer.toString(y), Scope.inYear(MODELS, y, Filter.eq(HAS_TASK, 1)));
        }
        for (int y : s.years()) {
            b.cell("1분야", Integer.toString(y), Scope.inYear(MODELS, y, Filter.eq(N_TASKS, 1)));
        }
        for (int y : s.years()) {
            String c = Integer.toString(y);
            b.cell("다중 과업 비중(%)", c, Arithmetic.percent(new CellRef(b.key("소계(2분야 이상)", c)),
                    new CellRef(b.key("전체(과업정보 확인)", c))));
        }
        return b.build();
    }

    /** Task groups in the last two years and the change, largest increase first, the first {@code top} (2020-2024 Table 5: 8). */
    static ReportTable growth(Scope s, String id, String title, int top) {
        ReportTable.Builder b = ReportTable.builder(id, title).unit("(단위: 개; 중복 포함)").chart(ReportTable.Chart.BAR);
        int before = s.lastYear - 1;
        int after = s.lastYear;
        List<String> groups = groups(s);
        ToDoubleFunction<String> was = counts(groups, g -> s.number(Scope.inYear(TASKS, before, group(s, g))));
        ToDoubleFunction<String> is = counts(groups, g -> s.number(Scope.inYear(TASKS, after, group(s, g))));
        groups.removeIf(g -> was.applyAsDouble(g) == 0 && is.applyAsDouble(g) == 0);
        groups.sort(Comparator.comparingDouble((String g) -> was.applyAsDouble(g) - is.applyAsDouble(g))
                .thenComparingDouble(g -> -is.applyAsDouble(g)));
        for (String g : groups.subList(0, Math.min(top, groups.size()))) {
            Query a = Scope.inYear(TASKS, before, group(s, g));
            Query z = Scope.inYear(TASKS, after, group(s, g));
            b.cell(g, Integer.toString(before), a);
            b.cell(g, Integer.toString(after), z);
            b.cell(g, "증감", Arithmetic.minus(new CellRef(b.key(g, Integer.toString(after))),
                    new CellRef(b.key(g, Integer.toString(before)))));
        }
        return b.build();
    }

    /** Each group's count, counted once: a sort would count it again at every comparison. */
    private static ToDoubleFunction<String> counts(List<String> groups, ToDoubleFunction<String> count) {
        Map<String, Double> out = new HashMap<>();
        groups.forEach(g -> out.put(g, count.applyAsDouble(g)));
        return out::get;
    }

    private static List<String> groups(Scope s) {
        var tasks = s.data.table(TASKS);
        int column = tasks.column(GROUP);
        Set<String> groups = new LinkedHashSet<>();
        for (int r = 0; r < tasks.size(); r++) {
            groups.add((String) tasks.get(r, column));
        }
        return new ArrayList<>(groups);
    }
}
