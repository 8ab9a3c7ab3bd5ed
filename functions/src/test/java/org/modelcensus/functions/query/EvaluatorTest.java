package org.modelcensus.functions.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final LongTable T = table();

    private static LongTable table() {
        LongTable t = new LongTable("T", List.of("Id", "Year", "Country", "FLOP"));
        t.add(1, 2023, "미국", 1e25);
        t.add(2, 2023, "Hong Kong", null);
        t.add(3, 2024, "hong kong", 3e25);
        t.add(4, 2024, "", 2e25);
        t.add(5, 2024, "A*", 1e24);
        return t;
    }

    private static Object eval(Query q) {
        return new Evaluator(Map.of("T", T), k -> null).evaluate(q);
    }

    @Test
    void countsTextCaseInsensitivelyAndExactlyWithoutWildcards() {
        assertEquals(2.0, eval(Count.of("T", Filter.eq("Country", "HONG KONG"))));
        assertEquals(0.0, eval(Count.of("T", Filter.eq("Country", "Hong"))));
        assertEquals(1.0, eval(Count.of("T", Filter.eq("Country", "A*"))));
        assertEquals(0.0, eval(Count.of("T", Filter.eq("Country", "A?"))));
    }

    @Test
    void countsBlankCellsWithAnEmptyCriterion() {
        assertEquals(1.0, eval(Count.of("T", Filter.eq("Country", ""))));
    }

    @Test
    void comparesNumbersAndSkipsBlanksInRangeCriteria() {
        assertEquals(3.0, eval(Count.of("T", Filter.ge("Year", Constant.of(2024)))));
        assertEquals(3.0, eval(Count.of("T", Filter.gt("FLOP", Constant.of(1e24)))));
        assertEquals(2.0, eval(Count.of("T", Filter.eq("Year", 2023), Filter.le("Year", Constant.of(2023)))));
    }

    @Test
    void looksUpByNumericKeyAndGivesBlankAsEmptyTextAndMissingAsNotAvailable() {
        assertEquals(3e25, eval(new Lookup("T", "Id", 3, "FLOP")));
        assertEquals("", eval(new Lookup("T", "Id", 2, "FLOP")));
        assertEquals(ExcelError.NA, eval(new Lookup("T", "Id", 99, "FLOP")));
    }

    @Test
    void followsExcelArithmeticErrors() {
        assertEquals(ExcelError.DIV0, eval(Arithmetic.divide(Constant.of(1), Constant.of(0))));
        assertEquals(ExcelError.VALUE, eval(Arithmetic.plus(Constant.of("x"), Constant.of(1))));
        assertEquals(ExcelError.NUM, eval(Arithmetic.power(Constant.of(-8), Constant.of(0.5))));
        assertEquals(ExcelError.DIV0, eval(Arithmetic.plus(Constant.of(1),
                Arithmetic.divide(Constant.of(1), Constant.of(0)))));
    }

    @Test
    void computesCagrInPercentUnits() {
        Object v = eval(Arithmetic.cagrPercent(Constant.of(2), Constant.of(122), Constant.of(4)));
        assertEquals((Math.pow(61, 0.25) - 1) * 100, (Double) v, 1e-12);
    }

    @Test
    void ranksByCompetitionRanking() {
        Map<CellKey, Query> cells = Map.of(
                new CellKey("R", "a", "v"), Constant.of(5),
                new CellKey("R", "b", "v"), Constant.of(3),
                new CellKey("R", "c", "v"), Constant.of(3),
                new CellKey("R", "d", "v"), Constant.of(1));
        Evaluator e = new Evaluator(Map.of(), cells::get);
        List<CellKey> among = List.copyOf(cells.keySet());
        assertEquals(1.0, e.evaluate(new Rank(new CellKey("R", "a", "v"), among)));
        assertEquals(2.0, e.evaluate(new Rank(new CellKey("R", "b", "v"), among)));
        assertEquals(2.0, e.evaluate(new Rank(new CellKey("R", "c", "v"), among)));
        assertEquals(4.0, e.evaluate(new Rank(new CellKey("R", "d", "v"), among)));
    }

    @Test
    void refusesACircularDefinition() {
        CellKey a = new CellKey("R", "a", "v");
        Evaluator e = new Evaluator(Map.of(), k -> new CellRef(a));
        assertThrows(IllegalStateException.class, () -> e.value(a));
    }

    @Test
    void returnsOneOrZeroForAComparison() {
        assertEquals(1.0, eval(new Compare(Filter.Op.GE, Constant.of(3), Constant.of(3))));
        assertEquals(0.0, eval(new Compare(Filter.Op.GT, Constant.of(3), Constant.of(3))));
    }

    @Test
    void countsTheRowsOfEachModelBehindACountTwoRowsOfOneModelTwice() {
        LongTable tags = new LongTable("Tags", List.of("Id", "Year", "Group"));
        tags.add(1, 2023, "시각");
        tags.add(1, 2023, "시각");
        tags.add(2, 2023, "시각");
        tags.add(3, 2023, "언어");
        Evaluator e = new Evaluator(Map.of("Tags", tags), k -> null);
        Count visual = Count.of("Tags", Filter.eq("Group", "시각"), Filter.eq("Year", 2023));
        assertEquals(3.0, e.evaluate(visual));
        assertEquals(Map.of(1, 2, 2, 1), e.rowCountsBehind(visual));
        assertEquals(java.util.Set.of(1, 2), e.rowsBehind(visual));
    }
}
