package org.modelcensus.functions.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.query.CellKey;

class ExpressionTest {
    @Test
    void evaluatesNumbersOperatorsAndParentheses() {
        assertEquals(125.0 / 145 * 100, Expression.parse("125/145*100").value(), 1e-12);
        assertEquals(14.0, Expression.parse(" 2 + 3 * 4 ").value());
        assertEquals(20.0, Expression.parse("(2+3)*4").value());
        assertEquals(-1.0, Expression.parse("-(3-2)").value());
        assertEquals(3.8e25, Expression.parse("3.8E25").value());
        assertEquals(1.0, Expression.parse("10-4-5").value());
        assertEquals(1.0, Expression.parse("8/4/2").value());
    }

    @Test
    void readsNamedCellsWithParenthesesInTheirRowsAndComparisons() {
        Expression e = Expression.parse("printed(T3,언어(Language),계) / computed(F1,모델 수,계) * 100");
        assertEquals(List.of(new Expression.CellRef(Expression.Source.PRINTED, new CellKey("T3", "언어(Language)", "계")),
                new Expression.CellRef(Expression.Source.COMPUTED, new CellKey("F1", "모델 수", "계"))), e.cells());
        assertEquals(240.0 / 271 * 100, e.value(ref -> ref.source() == Expression.Source.PRINTED ? 240 : 271), 1e-12);
        Expression rank = Expression.parse("1+(printed(T1,A,계)>printed(T1,B,계))+(printed(T1,C,계)>printed(T1,B,계))");
        assertEquals(2.0, rank.value(ref -> ref.key().row().equals("A") ? 5 : ref.key().row().equals("B") ? 4 : 1));
        assertThrows(IllegalStateException.class, e::value);
        assertEquals("position 14: a cell is (table,row,column), e.g. printed(F1,모델 수,계); found 2 arguments",
                assertThrows(IllegalArgumentException.class, () -> Expression.parse("printed(T1,A)")).getMessage());
    }

    @Test
    void namesThePositionOfASyntaxError() {
        assertEquals("position 5: expected a number or a cell, found '*'", assertThrows(IllegalArgumentException.class,
                () -> Expression.parse("125/*3")).getMessage());
        assertEquals("position 7: expected ')'", assertThrows(IllegalArgumentException.class,
                () -> Expression.parse("(1+2*3")).getMessage());
        assertEquals("position 4: unexpected 'x'", assertThrows(IllegalArgumentException.class,
                () -> Expression.parse("125x")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Expression.parse(""));
        assertThrows(IllegalArgumentException.class, () -> Expression.parse("1/0"));
    }
}
