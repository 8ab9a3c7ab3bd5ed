package org.modelcensus.functions.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.modelcensus.functions.query.ExcelError;

class ComputedCellTest {
    @Test
    void printsNumbersAtFullPrecisionInTheirShortestExactForm() {
        assertEquals("12", ComputedCell.format(12.0));
        assertEquals("226.07877593811006", ComputedCell.format(226.07877593811006));
        assertEquals("0.1", ComputedCell.format(0.1));
        assertEquals("3.6E25", ComputedCell.format(3.6e25));
        assertEquals("4.0E23", ComputedCell.format(4e23));
        assertEquals("1.0E23", ComputedCell.format(1e23));
        assertEquals("-2.700000000000001E25", ComputedCell.format(-2.700000000000001e25));
    }

    @Test
    void printsErrorsAsExcelDoesAndTextAsIs() {
        assertEquals("#N/A", ComputedCell.format(ExcelError.NA));
        assertEquals("미국", ComputedCell.format("미국"));
        assertEquals("", ComputedCell.format(null));
    }
}
