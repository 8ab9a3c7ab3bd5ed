package org.modelcensus.functions.report;

import org.modelcensus.functions.check.PublishedFigures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.query.CellKey;

class ReportsTest {
    private static Report report(String snapshot, Edition edition) {
        return Reports.build(NormalizedDataset.of(EpochCsv.read(RealSnapshots.path(snapshot)), edition));
    }

    @Test
    void numbersTablesAsEachReportDoes() {
        assertEquals(List.of("F2", "T1", "T2", "T3", "F3", "T4", "T4.text", "T5", "F4", "T6", "F5", "T7"),
                report(RealSnapshots.JULY_2024, Edition.of("spri-2024")).tables().stream().map(ReportTable::id).toList());
        assertEquals(List.of("F1", "T1", "T2", "T3", "F2", "T4", "T4.text", "T5", "T5.text", "T6", "F3", "T7", "T8", "T9"),
                report(RealSnapshots.MAY_2025, Edition.of("spri-2025")).tables().stream().map(ReportTable::id).toList());
    }

    /**
     * Every row a count table can show has a Korean label (issue 11 found 16 English-only ones): on every
     * snapshot and edition, each row of a table that is not a list of named models or organisations.
     * CAGR(%) is the report's own term.
     */
    @Test
    void everyRowOfACountTableHasAKoreanLabel() {
        java.util.Set<String> named = java.util.Set.of("korean-models", "top-developers", "top-models");
        List<String> english = new java.util.ArrayList<>();
        for (String snapshot : List.of(RealSnapshots.JULY_2024, RealSnapshots.MAY_2025, RealSnapshots.FEB_2026)) {
            for (Edition e : Edition.builtIns()) {
                Report r = report(snapshot, e);
                for (var t : e.tables()) {
                    String kind = t.getClass().getAnnotation(com.fasterxml.jackson.annotation.JsonTypeName.class).value();
                    if (named.contains(kind)) {
                        continue;
                    }
                    r.table(t.id()).rows().stream().filter(row -> !row.equals("CAGR(%)"))
                            .filter(row -> row.codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
                                    == Character.UnicodeScript.HANGUL))
                            .forEach(row -> english.add(snapshot + " " + e.id() + " " + t.id() + ": " + row));
                }
            }
        }
        assertEquals(List.of(), english);
    }

    @Test
    void labelsEveryPrintedCellSoThatTheTwoJoinCellForCell() {
        assertEquals(List.of(), rowsWithoutTwin(RealSnapshots.MAY_2025, Edition.of("spri-2025")));
        // Llama 3.1-405B was released a week after the July 2024 snapshot: its row cannot exist.
        assertEquals(List.of("Llama 3.1-405B"), rowsWithoutTwin(RealSnapshots.JULY_2024, Edition.of("spri-2024")));
    }

    private static List<String> rowsWithoutTwin(String snapshot, Edition e) {
        Report r = report(snapshot, e);
        return PublishedFigures.builtIn().of(e).stream().filter(f -> r.definition(f.key()) == null)
                .map(f -> f.key().row()).distinct().toList();
    }

    @Test
    void ordersCountriesByTotalThenDuplicates() {
        ReportTable t1 = report(RealSnapshots.JULY_2024, Edition.of("spri-2024")).table("T1");
        assertEquals(List.of("미국", "중국", "한국", "프랑스", "영국", "일본", "이스라엘", "홍콩"), t1.rows().subList(0, 8));
    }

    @Test
    void computesCagrFromTheYearCells() {
        Report r = report(RealSnapshots.JULY_2024, Edition.of("spri-2024"));
        double cagr = (Double) r.value(new CellKey("F2", "CAGR(%)", "2020-2023"));
        assertEquals((Math.pow(104.0 / 3, 1.0 / 3) - 1) * 100, cagr, 1e-9);
    }

    @Test
    void loadsEveryPrintedFigureOfBothEditions() {
        PublishedFigures f = PublishedFigures.builtIn();
        assertEquals(812, f.all().size());
        assertEquals(359, f.of(Edition.of("spri-2024")).size());
        assertEquals(453, f.of(Edition.of("spri-2025")).size());
    }
}
