package org.modelcensus.functions.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modelcensus.functions.query.CellKey;

class PrintedFigureTest {
    private static PrintedFigure printed(String value) {
        return new PrintedFigure("spri-2024", new CellKey("T", "r", "c"), value, "printed", "");
    }

    @Test
    void comparesNumbersAtThePrintedNumberOfDecimals() {
        assertTrue(printed("226.1").matches(226.0787));
        assertFalse(printed("86.2").matches(125.0 / 144 * 100));
        assertTrue(printed("11.0").matches(16.0 / 145 * 100));
        assertTrue(printed("64").matches(64.0));
        assertFalse(printed("64").matches(65.0));
    }

    @Test
    void comparesScientificFiguresAtTheirSignificantDigits() {
        assertTrue(printed("3.80E+25").matches(3.8e25));
        assertTrue(printed("2.00E+25").matches(2.0000000001e25));
        assertTrue(printed("1.80E+25").matches(1.7999999999999999e25));
        assertTrue(printed("3.4E+11").matches(3.4e11));
        assertFalse(printed("5.30E+25").matches(2.96e25));
    }

    @Test
    void comparesTextAfterCollapsingWhiteSpace() {
        assertTrue(printed("언어(Language), 비전(Vision)").matches("언어(Language),  비전(Vision) "));
        assertFalse(printed("코난 테크놀로지").matches("코난테크놀로지"));
    }

    @Test
    void matchesABlankPrintOnlyWithABlankValue() {
        assertTrue(printed("").matches(""));
        assertFalse(printed("").matches(0.0));
        assertFalse(printed("O").matches(""));
    }
}
