package org.modelcensus.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.query.Arithmetic;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.query.CellRef;
import org.modelcensus.functions.query.Compare;
import org.modelcensus.functions.query.Constant;
import org.modelcensus.functions.query.Count;
import org.modelcensus.functions.query.Filter;
import org.modelcensus.functions.query.Lookup;
import org.modelcensus.functions.query.Param;
import org.modelcensus.functions.query.Rank;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.ReportTable;
import org.modelcensus.functions.report.Reports;

class FormulaRendererTest {
    private static final Report REPORT = Reports.build(NormalizedDataset.of(SampleData.snapshot(), Edition.of("spri-2025")));
    private static final Layout LAYOUT = new Layout(REPORT);
    private static final FormulaRenderer ON_T1 = new FormulaRenderer(LAYOUT, "T1");

    @Test
    void textCriteriaMatchExactlyWithWildcardsEscapedAndQuotesDoubled() {
        var q = Count.of("Countries", Filter.eq("Country", "a*b?c~d \"e\""));
        assertEquals("COUNTIFS(Countries[Country],\"=a~*b~?c~~d \"\"e\"\"\")", ON_T1.render(q));
    }

    @Test
    void numbersCompareAsNumbersAndOrdersAsCriterionText() {
        var q = Count.of("Models", Filter.eq("Year", 2024), Filter.ge("NTasks", Constant.of(5)),
                Filter.gt("FLOP", Constant.of(3.8e25)));
        assertEquals("COUNTIFS(Models[Year],2024,Models[NTasks],\">=5\",Models[FLOP],\">3.8E25\")", ON_T1.render(q));
    }

    @Test
    void parametersAreAbsoluteReferencesToTheLabelledInputCells() {
        ReportTable t1 = REPORT.table("T1");
        Param from = t1.params().get(0);
        Param to = t1.params().get(1);
        var q = Count.of("Countries", Filter.ge("Year", from), Filter.le("Year", to), Filter.eq("Country", "한국"));
        assertEquals("COUNTIFS(Countries[Year],\">=\"&$B$4,Countries[Year],\"<=\"&$B$5,Countries[Country],\"=한국\")",
                ON_T1.render(q));
        assertEquals("COUNTIFS(Countries[Year],\">=\"&'T1'!$B$4)",
                new FormulaRenderer(LAYOUT, "T3").render(Count.of("Countries", Filter.ge("Year", from))));
    }

    @Test
    void lookupsGiveBlankForABlankCellAsTheEngineDoes() {
        assertEquals("IF(INDEX(Models[FLOP],MATCH(7,Models[Id],0))=\"\",\"\",INDEX(Models[FLOP],MATCH(7,Models[Id],0)))",
                ON_T1.render(new Lookup("Models", "Id", 7, "FLOP")));
    }

    @Test
    void arithmeticIsParenthesisedAsTheDefinitionNestsIt() {
        CellKey a = new CellKey("T1", "미국", "2023");
        CellKey b = new CellKey("T1", "미국", "계");
        String ra = LAYOUT.reference(a, "T1");
        String rb = LAYOUT.reference(b, "T1");
        assertEquals("(" + ra + "/" + rb + ")*100", ON_T1.render(Arithmetic.percent(new CellRef(a), new CellRef(b))));
        assertEquals("(((" + rb + "/" + ra + ")^(1/4))-1)*100",
                ON_T1.render(Arithmetic.cagrPercent(new CellRef(a), new CellRef(b), Constant.of(4))));
        assertEquals("IF(" + ra + ">=3,1,0)", ON_T1.render(new Compare(Filter.Op.GE, new CellRef(a), Constant.of(3))));
        assertEquals("2-(-1)", ON_T1.render(Arithmetic.minus(Constant.of(2), Constant.of(-1))));
    }

    @Test
    void otherSheetsAreQuotedAndRanksUseOneAbsoluteColumn() {
        ReportTable t1 = REPORT.table("T1");
        // Title, unit, blank, two year inputs, blank, header: the first row of the table is row 8.
        assertEquals("'T1'!B8", LAYOUT.address(new CellKey("T1", t1.rows().get(0), "2020")));
        List<CellKey> totals = t1.rows().stream().map(r -> new CellKey("T1", r, "계")).toList();
        String rank = ON_T1.render(new Rank(totals.get(0), totals));
        // Each count has its (중복 n) cell beside it: 2020 B, C; ... 2024 J, K; 계 L.
        assertEquals("'T1'!C8", LAYOUT.address(new CellKey("T1", t1.rows().get(0), "2020_중복")));
        assertEquals("RANK(L8,$L$8:$L$" + (7 + totals.size()) + ")", rank);
        var scattered = List.of(totals.get(0), totals.get(2));
        assertThrows(IllegalArgumentException.class, () -> ON_T1.render(new Rank(totals.get(0), scattered)));
    }

    @Test
    void textTooLongForAnExcelCriterionIsRefused() {
        var q = Count.of("Countries", Filter.eq("Country", "x".repeat(300)));
        assertThrows(IllegalArgumentException.class, () -> ON_T1.render(q));
    }
}
