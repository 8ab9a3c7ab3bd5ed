package org.modelcensus.functions.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.OddSnapshots;
import org.modelcensus.functions.normalize.DataTables;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.query.Count;
import org.modelcensus.functions.query.Filter;

/** Valid but unusual snapshots give every table of every edition, with a value for every cell. */
class OddDataReportsTest {
    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String name : OddSnapshots.names()) {
            for (Edition e : Edition.builtIns()) {
                out.add(Arguments.of(name, e.id()));
            }
        }
        return out;
    }

    private static Report report(String name, String edition) {
        return Reports.build(NormalizedDataset.of(OddSnapshots.snapshot(name), Edition.of(edition)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void buildsEveryTableAndEvaluatesEveryCell(String name, String edition) {
        Report r = report(name, edition);
        assertFalse(r.tables().isEmpty());
        List<ComputedCell> cells = r.evaluate();
        assertFalse(cells.isEmpty());
    }

    @Test
    void aTableWithoutLanguageModelsHasALanguageShareOfNone() {
        Report r = report(OddSnapshots.OUTSIDE_YEARS, "spri-2025");
        ReportTable domains = r.tables().stream().filter(t -> t.rows().contains("언어 비중(%)")).findFirst().orElseThrow();
        assertEquals(List.of("전체 모델 수", "언어 비중(%)"), domains.rows());
    }

    @Test
    void countsALabelTooLongForAnExcelCriterionByItsId() {
        Report r = report(OddSnapshots.LONG_LABELS, "spri-2025");
        ReportTable countries = r.tables().stream().filter(t -> t.rows().contains(OddSnapshots.LONG_COUNTRY))
                .findFirst().orElseThrow();
        var key = countries.cells().keySet().stream()
                .filter(k -> k.row().equals(OddSnapshots.LONG_COUNTRY) && k.column().equals(Scope.TOTAL))
                .findFirst().orElseThrow();
        Count total = (Count) r.definition(key);
        assertTrue(total.filters().stream().map(Filter::column).anyMatch(DataTables.COUNTRY_ID::equals), total.toString());
        assertTrue(total.filters().stream().map(Filter::column).noneMatch(DataTables.COUNTRY::equals), total.toString());
        assertEquals(5.0, r.value(key));
    }

    @Test
    void aShortLabelIsStillCountedByItsText() {
        assertTrue(Filter.fitsCriterion("x".repeat(254)));
        assertFalse(Filter.fitsCriterion("x".repeat(255)));
        assertFalse(Filter.fitsCriterion("*".repeat(128)), "each wildcard takes an escape character");
    }
}
