package org.modelcensus.functions.report;

import static org.modelcensus.functions.normalize.DataTables.COUNTRIES;
import static org.modelcensus.functions.normalize.DataTables.COUNTRY;
import static org.modelcensus.functions.normalize.DataTables.DOMAINS;
import static org.modelcensus.functions.normalize.DataTables.FIRST;
import static org.modelcensus.functions.normalize.DataTables.GROUP;
import static org.modelcensus.functions.normalize.DataTables.JOINT;
import static org.modelcensus.functions.normalize.DataTables.MODELS;
import static org.modelcensus.functions.normalize.DataTables.MULTI;
import static org.modelcensus.functions.normalize.DataTables.MULTIMODAL;
import static org.modelcensus.functions.normalize.DataTables.ORG_TYPE;
import static org.modelcensus.functions.normalize.DataTables.ORG_TYPES;
import static org.modelcensus.functions.report.Scope.TOTAL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelcensus.functions.normalize.Country;
import org.modelcensus.functions.normalize.Mappings;
import org.modelcensus.functions.normalize.NormalizedModel;
import org.modelcensus.functions.query.Arithmetic;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.query.CellRef;
import org.modelcensus.functions.query.Constant;
import org.modelcensus.functions.query.Filter;
import org.modelcensus.functions.query.Param;
import org.modelcensus.functions.query.Query;
import org.modelcensus.functions.query.Rank;

/** Tables of counts by year and category: models, countries, domains, multimodal, development, organisation type. */
final class CountTables {
    static final String ALL_MODELS = "전체 모델 수";

    private CountTables() {
    }

    /** Models per year, the total and the compound annual growth rate (2020-2023 F2, 2020-2024 F1). */
    static ReportTable modelsPerYear(Scope s, String id, String title) {
        ReportTable.Builder b = ReportTable.builder(id, title).unit("(단위: 개, %)").chart(ReportTable.Chart.BAR);
        Param[] range = s.yearRange(b);
        String row = "모델 수";
        for (int y : s.years()) {
            b.cell(row, Integer.toString(y), Scope.inYear(MODELS, y));
        }
        b.cell(row, TOTAL, Scope.inRange(MODELS, range));
        Query first = new CellRef(b.key(row, Integer.toString(s.firstYear)));
        Query last = new CellRef(b.key(row, Integer.toString(s.lastYear)));
        b.cell("CAGR(%)", s.firstYear + "-" + s.lastYear,
                Arithmetic.cagrPercent(first, last, Constant.of(s.lastYear - s.firstYear)));
        return b.build();
    }

    /** Models per country and year with 중복 (two-country models) and rank by total (Table 1). */
    static ReportTable countries(Scope s, String id, String title) {
        // The report prints "21 (중복 1)" in one cell and leaves 0 blank; here 중복 is a cell of its own beside the count.
        ReportTable.Builder b = ReportTable.builder(id, title).unit("(단위: 개)").chart(ReportTable.Chart.BAR)
                .blankZeros(true);
        Param[] range = s.yearRange(b);
        s.years().forEach(y -> b.annex(Integer.toString(y), y + "_중복"));
        b.annex(TOTAL, TOTAL + "_중복");
        List<String> columns = new ArrayList<>();
        s.years().forEach(y -> columns.add(Integer.toString(y)));
        columns.add(TOTAL);
        s.years().forEach(y -> columns.add(y + "_중복"));
        columns.add(TOTAL + "_중복");
        columns.add("순위");
        b.columns(columns);
        List<String> labels = countryRows(s);
        List<CellKey> totals = labels.stream().map(l -> b.key(l, TOTAL)).toList();
        for (String label : labels) {
            Filter country = s.is(COUNTRIES, COUNTRY, label);
            Filter multi = Filter.eq(MULTI, 1);
            for (int y : s.years()) {
                b.cell(label, Integer.toString(y), Scope.inYear(COUNTRIES, y, country));
            }
            b.cell(label, TOTAL, Scope.inRange(COUNTRIES, range, country));
            for (int y : s.years()) {
                b.cell(label, y + "_중복", Scope.inYear(COUNTRIES, y, country, multi));
            }
            b.cell(label, TOTAL + "_중복", Scope.inRange(COUNTRIES, range, country, multi));
            b.cell(label, "순위", new Rank(b.key(label, TOTAL), totals));
        }
        return b.build();
    }

    /** Countries with models in range: by total (desc), then 중복 (asc), then English name. */
    private static List<String> countryRows(Scope s) {
        Set<Country> seen = new LinkedHashSet<>();
        for (NormalizedModel m : s.data.models()) {
            if (m.year() >= s.firstYear && m.year() <= s.lastYear) {
                seen.addAll(m.countries());
            }
        }
        List<Country> countries = new ArrayList<>(seen);
        // Each country counted once: the sort would count it again at every comparison.
        Map<Country, double[]> totals = new HashMap<>();
        for (Country c : countries) {
            totals.put(c, new double[] {s.total(COUNTRIES, Filter.eq(COUNTRY, c.labelKo())),
                s.total(COUNTRIES, Filter.eq(COUNTRY, c.labelKo()), Filter.eq(MULTI, 1))});
        }
        countries.sort(Comparator.comparingDouble((Country c) -> -totals.get(c)[0])
                .thenComparingDouble(c -> totals.get(c)[1])
                .thenComparing(Country::labelEn));
        return countries.stream().map(Country::labelKo).distinct().toList();
    }

    /** Models per domain group and year, and the language share (Table 3). */
    static ReportTable domains(Scope s, String id, String title, boolean blankZeros) {
        ReportTable.Builder b = ReportTable.builder(id, title).unit("(단위: 개; 중복 포함)").chart(ReportTable.Chart.BAR)
                .blankZeros(blankZeros);
        Param[] range = s.yearRange(b);
        Mappings m = s.data.mappings();
        boolean distinct = !m.rules().domainGroupsSummed();
        for (String group : domainGroups(s)) {
            Filter g = s.is(DOMAINS, GROUP, group);
            Filter[] filters = distinct ? new Filter[] {g, Filter.eq(FIRST, 1)} : new Filter[] {g};
            for (int y : s.years()) {
                b.cell(group, Integer.toString(y), Scope.inYear(DOMAINS, y, filters));
            }
            b.cell(group, TOTAL, Scope.inRange(DOMAINS, range, filters));
        }
        addAllModelsRow(s, b, range);
        String language = m.domainGroup("Language").orElse("Language");
        // Without language models in range the table has no language row: the share is of none.
        Query languageTotal = b.has(language, TOTAL) ? new CellRef(b.key(language, TOTAL)) : Constant.of(0);
        b.cell("언어 비중(%)", TOTAL, Arithmetic.percent(languageTotal, new CellRef(b.key(ALL_MODELS, TOTAL))));
        return b.build();
    }

    /** Domain groups with models in range, in the order of {@code domain_group.csv}, unmapped ones after. */
    private static List<String> domainGroups(Scope s) {
        Set<String> ordered = new LinkedHashSet<>();
        var domains = s.data.table(DOMAINS);
        int group = domains.column(GROUP);
        for (int r = 0; r < domains.size(); r++) {
            ordered.add((String) domains.get(r, group));
        }
        List<String> groups = new ArrayList<>(ordered);
        List<String> mappingOrder = new ArrayList<>();
        for (var row : s.data.mappings().appliedRows()) {
            if (row.file().equals("domain_group.csv")) {
                mappingOrder.add(row.values().get("group"));
            }
        }
        groups.removeIf(g -> s.total(DOMAINS, Filter.eq(GROUP, g)) == 0);
        groups.sort(Comparator.comparingInt((String g) -> mappingOrder.contains(g) ? mappingOrder.indexOf(g) : 1000)
                .thenComparingDouble(g -> -s.total(DOMAINS, Filter.eq(GROUP, g))));
        return groups;
    }

    private static void addAllModelsRow(Scope s, ReportTable.Builder b, Param[] range) {
        for (int y : s.years()) {
            b.cell(ALL_MODELS, Integer.toString(y), Scope.inYear(MODELS, y));
        }
        b.cell(ALL_MODELS, TOTAL, Scope.inRange(MODELS, range));
    }

    /** Multimodal models per year, their share of all models (2020-2023 F3, 2020-2024 F2). */
    static ReportTable multimodal(Scope s, String id, String title, boolean sharePerYear) {
        ReportTable.Builder b = ReportTable.builder(id, title).unit("(단위: 개, %)")
                .chart(ReportTable.Chart.BAR_WITH_LINE);
        Param[] range = s.yearRange(b);
        String row = "멀티모달";
        for (int y : s.years()) {
            b.cell(row, Integer.toString(y), Scope.inYear(MODELS, y, Filter.eq(MULTIMODAL, 1)));
        }
        b.cell(row, TOTAL, Scope.inRange(MODELS, range, Filter.eq(MULTIMODAL, 1)));
        addAllModelsRow(s, b, range);
        List<String> shareColumns = new ArrayList<>();
        if (sharePerYear) {
            s.years().forEach(y -> shareColumns.add(Integer.toString(y)));
        }
        shareColumns.add(TOTAL);
        for (String c : shareColumns) {
            b.cell("비중(%)", c, Arithmetic.percent(new CellRef(b.key(row, c)), new CellRef(b.key(ALL_MODELS, c))));
        }
        return b.build();
    }

    /** Models developed by one organisation versus jointly (2020-2023 F4, 2020-2024 F3). */
    static ReportTable development(Scope s, String id, String title) {
        ReportTable.Builder b = ReportTable.builder(id, title).unit("(단위: 개, %)").chart(ReportTable.Chart.PIE);
        Param[] range = s.yearRange(b);
        b.cell("단독 개발", TOTAL, Scope.inRange(MODELS, range, Filter.eq(JOINT, 0)));
        b.cell("합작 개발", TOTAL, Scope.inRange(MODELS, range, Filter.eq(JOINT, 1)));
        b.cell(ALL_MODELS, TOTAL, Scope.inRange(MODELS, range));
        for (String row : List.of("단독 개발", "합작 개발")) {
            b.cell(row, "비중(%)", Arithmetic.percent(new CellRef(b.key(row, TOTAL)), new CellRef(b.key(ALL_MODELS, TOTAL))));
        }
        return b.build();
    }

    /** Models per organisation type and year (2020-2023 T6, 2020-2024 T7). */
    static ReportTable orgTypes(Scope s, String id, String title) {
        // Both reports leave 0 blank here (2020-2023 Table 6, 2020-2024 Table 7).
        ReportTable.Builder b = ReportTable.builder(id, title).unit("(단위: 개; 중복 포함)").chart(ReportTable.Chart.BAR)
                .blankZeros(true);
        Param[] range = s.yearRange(b);
        List<String> types = new ArrayList<>();
        for (var row : s.data.mappings().appliedRows()) {
            if (row.file().equals("org_type.csv") && !types.contains(row.values().get("label"))) {
                types.add(row.values().get("label"));
            }
        }
        var table = s.data.table(ORG_TYPES);
        int column = table.column(ORG_TYPE);
        for (int r = 0; r < table.size(); r++) {
            String type = (String) table.get(r, column);
            if (!types.contains(type) && s.total(ORG_TYPES, Filter.eq(ORG_TYPE, type)) > 0) {
                types.add(type);
            }
        }
        for (String type : types) {
            for (int y : s.years()) {
                b.cell(type, Integer.toString(y), Scope.inYear(ORG_TYPES, y, s.is(ORG_TYPES, ORG_TYPE, type)));
            }
            b.cell(type, TOTAL, Scope.inRange(ORG_TYPES, range, s.is(ORG_TYPES, ORG_TYPE, type)));
        }
        return b.build();
    }
}
