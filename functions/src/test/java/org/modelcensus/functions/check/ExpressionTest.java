package org.modelcensus.functions.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

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
