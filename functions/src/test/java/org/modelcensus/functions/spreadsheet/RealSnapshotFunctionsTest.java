package org.modelcensus.functions.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.normalize.NormalizedModel;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.Reports;

/** The functions on the 2025-05-20 snapshot agree with the cells of the spri-2025 report tables. */
class RealSnapshotFunctionsTest {
    private static final List<String> YEARS = List.of("2020", "2021", "2022", "2023", "2024");

    private static NormalizedDataset data;
    private static Report report;
    private static FunctionCatalog catalog;

    @BeforeAll
    static void load() {
        data = NormalizedDataset.of(EpochCsv.read(RealSnapshots.path(RealSnapshots.MAY_2025)), Edition.of("spri-2025"));
        report = Reports.build(data);
        catalog = FunctionCatalog.of(data);
    }

    private static Object call(String name, Object... args) {
        FunctionResult r = catalog.find(name).orElseThrow().call(Arrays.asList(args));
        assertTrue(!r.isError(), () -> name + Arrays.toString(args) + " = " + r.value() + ": " + r.message());
        return r.value();
    }

    private static Object cell(String table, String row, String column) {
        return report.value(new CellKey(table, row, column));
    }

    private static double year(String column) {
        return Double.parseDouble(column);
    }

    @Test
    void countOfKoreaIn2024EqualsTableOneWhateverKoreaIsCalled() {
        Object t1 = cell("T1", "한국", "2024");
        for (String korea : List.of("KR", "한국", "Korea", "Korea (Republic of)")) {
            assertEquals(t1, call("COUNT", 2024.0, 2024.0, korea), korea);
        }
    }

    @Test
    void countEqualsEveryYearAndTotalOfTableOne() {
        for (String country : report.table("T1").rows()) {
            for (String y : YEARS) {
                assertEquals(cell("T1", country, y), call("COUNT", year(y), year(y), country), country + " " + y);
            }
            assertEquals(cell("T1", country, "계"), call("COUNT", 2020.0, 2024.0, country), country);
        }
    }

    @Test
    void countWithoutFiltersEqualsTheModelsPerYearOfFigureOne() {
        for (String y : YEARS) {
            assertEquals(cell("F1", "모델 수", y), call("COUNT", year(y), year(y)), y);
        }
        assertEquals(cell("F1", "모델 수", "계"), call("COUNT", 2020.0, 2024.0));
    }

    @Test
    void cagrOfTheModelCountsEqualsFigureOne() {
        double cagr = (Double) call("CAGR", cell("F1", "모델 수", "2020"), cell("F1", "모델 수", "2024"), 4.0);
        assertEquals((Double) cell("F1", "CAGR(%)", "2020-2024"), cagr, 1e-9);
    }

    @Test
    void countOfLanguageModelsEqualsTableThreeByTagGroupOrShortLabel() {
        for (String y : YEARS) {
            Object t3 = cell("T3", "언어(Language)", y);
            for (String language : List.of("Language", "언어(Language)", "언어")) {
                assertEquals(t3, call("COUNT", year(y), year(y), null, language), language + " " + y);
            }
        }
    }

    @Test
    void countOfAMergedDomainGroupCountsModelsWhereTableThreeCountsTags() {
        for (String group : report.table("T3").rows()) {
            if (group.startsWith("전체") || group.startsWith("언어 비중")) {
                continue;
            }
            double models = (Double) call("COUNT", 2020.0, 2024.0, null, group);
            assertTrue(models <= (Double) cell("T3", group, "계"), group);
            assertTrue(models > 0, group);
        }
    }

    @Test
    void countByTaskGroupEqualsTableFour() {
        for (String group : report.table("T4").rows()) {
            assertEquals(cell("T4", group, "계"), call("COUNT", 2020.0, 2024.0, null, null, group), group);
        }
    }

    @Test
    void countByOrganisationTypeEqualsTableSeven() {
        for (String type : report.table("T7").rows()) {
            for (String y : YEARS) {
                assertEquals(cell("T7", type, y), call("COUNT", year(y), year(y), null, null, null, type), type + " " + y);
            }
        }
        assertEquals(cell("T7", "산업계(Industry)", "2024"), call("COUNT", 2024.0, 2024.0, null, null, null, "Industry"));
    }

    @Test
    void multimodalShareEqualsFigureTwoInPercent() {
        for (String y : YEARS) {
            double share = (Double) call("MULTIMODAL_SHARE", year(y), year(y));
            assertEquals((Double) cell("F2", "비중(%)", y), share * 100, 1e-9, y);
        }
    }

    @Test
    void countryRankEqualsTheRankColumnOfTableOne() {
        assertEquals(1.0, call("COUNTRY_RANK", "미국", 2020.0, 2024.0));
        for (String country : report.table("T1").rows()) {
            assertEquals(cell("T1", country, "순위"), call("COUNTRY_RANK", country, 2020.0, 2024.0), country);
        }
    }

    @Test
    void topDevelopersAgreeWithTableEight() {
        List<String> t8 = report.table("T8").rows();
        @SuppressWarnings("unchecked")
        List<List<Object>> rows = (List<List<Object>>) call("TOP_DEVELOPERS", 2024.0, (double) t8.size());
        Map<String, List<Object>> byDeveloper = new HashMap<>();
        rows.forEach(r -> byDeveloper.put((String) r.get(0), r));
        for (String developer : t8) {
            List<Object> row = byDeveloper.get(developer);
            assertEquals(cell("T8", developer, "모델 수"), row.get(1), developer);
            assertEquals(cell("T8", developer, "국적"), row.get(2), developer);
        }
    }

    @Test
    void topModelsAreTheModelsOfTableNine() {
        List<String> t9 = report.table("T9").rows();
        @SuppressWarnings("unchecked")
        List<List<Object>> rows = (List<List<Object>>) call("TOP_MODELS", 2024.0, (double) t9.size());
        assertEquals(t9, rows.stream().map(r -> r.get(0)).toList());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue((Double) rows.get(i - 1).get(1) >= (Double) rows.get(i).get(1));
        }
    }

    @Test
    void countAndRankEqualTableOneOfTheOtherEditionToo() {
        NormalizedDataset july = NormalizedDataset.of(EpochCsv.read(RealSnapshots.path(RealSnapshots.JULY_2024)),
                Edition.of("spri-2024"));
        Report spri2024 = Reports.build(july);
        FunctionCatalog functions = FunctionCatalog.of(july);
        SpreadsheetFunction count = functions.find("COUNT").orElseThrow();
        SpreadsheetFunction rank = functions.find("COUNTRY_RANK").orElseThrow();
        for (String country : spri2024.table("T1").rows()) {
            for (String y : YEARS.subList(0, 4)) {
                assertEquals(spri2024.value(new CellKey("T1", country, y)),
                        count.call(Arrays.asList(year(y), year(y), country)).value(), country + " " + y);
            }
            assertEquals(spri2024.value(new CellKey("T1", country, "순위")),
                    rank.call(List.of(country, 2020.0, 2023.0)).value(), country);
        }
    }

    @Test
    void computeDoublingTimeIsPositiveAndMatchesAnIndependentFit() {
        List<double[]> points = new ArrayList<>();
        for (NormalizedModel m : data.models()) {
            if (m.year() >= 2020 && m.year() <= 2024 && m.trainingCompute() != null && m.trainingCompute() > 0) {
                points.add(new double[] {GrowthFunctionsTest.fraction(m.date()), m.trainingCompute()});
            }
        }
        double months = (Double) call("COMPUTE_DOUBLING_MONTHS", 2020.0, 2024.0);
        assertTrue(Double.isFinite(months) && months > 0, "doubling months " + months);
        assertEquals(12 / GrowthFunctionsTest.slope(points.toArray(new double[0][])), months, 1e-6);
        assertTrue(points.size() > 100, "fitted on " + points.size() + " models");
    }
}
