package org.modelcensus.functions.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modelcensus.functions.spreadsheet.ErrorAssertions.assertError;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.query.ExcelError;

class GrowthFunctionsTest {
    private final FunctionCatalog catalog = TinyDataset.catalog();

    private FunctionResult call(String name, Object... args) {
        return TinyDataset.call(catalog, name, args);
    }

    @Test
    void cagrIsInPercentAsTheTablesPrintIt() {
        FunctionResult r = call("CAGR", 2.0, 122.0, 4.0);
        assertEquals((Math.pow(122.0 / 2.0, 1 / 4.0) - 1) * 100, (Double) r.value(), 0.0);
        assertEquals(179.4682, (Double) r.value(), 1e-4); // the tables' CAGR(%) of 2 → 122 over 4 years
        assertFalse(r.isError());
    }

    @Test
    void cagrOfAFallToZeroIsMinusOneHundred() {
        assertEquals(-100.0, call("CAGR", 5.0, 0.0, 3.0).value());
    }

    @Test
    void cagrReadsNumericTextAndTruncatesNothing() {
        assertEquals((Math.pow(61, 1 / 2.5) - 1) * 100, (Double) call("CAGR", "2", " 122 ", 2.5).value(), 0.0);
    }

    @Test
    void cagrRejectsAFirstValueOfZeroOrLess() {
        assertError(ExcelError.NUM, call("CAGR", 0.0, 10.0, 2.0), "first must be greater than 0");
        assertError(ExcelError.NUM, call("CAGR", -1.0, 10.0, 2.0), "first must be greater than 0, got -1");
    }

    @Test
    void cagrTreatsABlankFirstValueAsZeroLikeExcel() {
        assertError(ExcelError.NUM, call("CAGR", null, 10.0, 2.0), "first must be greater than 0");
    }

    @Test
    void cagrRejectsANegativeLastValue() {
        assertError(ExcelError.NUM, call("CAGR", 1.0, -10.0, 2.0), "last must not be negative");
    }

    @Test
    void cagrOverZeroPeriodsIsADivisionByZero() {
        assertError(ExcelError.DIV0, call("CAGR", 1.0, 2.0, 0.0), "periods must be greater than 0");
    }

    @Test
    void cagrRejectsNegativePeriods() {
        assertError(ExcelError.NUM, call("CAGR", 1.0, 2.0, -4.0), "periods must be greater than 0");
    }

    @Test
    void cagrRejectsTextWhereANumberIsNeeded() {
        assertError(ExcelError.VALUE, call("CAGR", "two", 2.0, 4.0), "first must be a number", "\"two\"");
    }

    @Test
    void cagrNeedsAllThreeArguments() {
        assertError(ExcelError.VALUE, call("CAGR", 2.0, 122.0), "CAGR takes 3 arguments", "got 2");
        assertError(ExcelError.VALUE, call("CAGR", 2.0, 122.0, 4.0, 1.0), "got 4");
    }

    @Test
    void cagrGivesNumWhenTheResultOverflows() {
        assertError(ExcelError.NUM, call("CAGR", 1e-300, 1e300, 0.001), "no finite result");
    }

    @Test
    void cagrPassesAnErrorArgumentThrough() {
        assertError(ExcelError.NA, call("CAGR", ExcelError.NA, 2.0, 1.0), "first is the error #N/A");
    }

    @Test
    void computeDoublesEveryTwelveMonthsWhenItDoublesEveryYear() {
        // Alpha 2022-01-01 1e23, Beta 2023-01-01 2e23
        assertEquals(12.0, (Double) call("COMPUTE_DOUBLING_MONTHS", 2022.0, 2023.0).value(), 1e-9);
    }

    @Test
    void doublingTimeMatchesAnOrdinaryLeastSquaresFitComputedByHand() {
        double[][] points = {
            {2022.0, 1e23}, {2023.0, 2e23}, {2024.0, 4e23},
            {fraction("2024-03-01"), 8e23}, {fraction("2024-12-01"), 2e23}};
        FunctionResult r = call("COMPUTE_DOUBLING_MONTHS", 2022.0, 2024.0);
        assertEquals(12 / slope(points), (Double) r.value(), 1e-9);
        assertTrue(r.message().contains("fitted on 5 models"), r.message());
    }

    @Test
    void doublingTimeNeedsTwoModelsWithCompute() {
        assertError(ExcelError.NUM, call("COMPUTE_DOUBLING_MONTHS", 2022.0, 2022.0), "at least 2", "found 1");
        assertError(ExcelError.NUM, call("COMPUTE_DOUBLING_MONTHS", 2030.0, null), "found 0");
    }

    @Test
    void doublingTimeNeedsTwoDistinctDates() {
        FunctionCatalog sameDay = TinyDataset.catalog(
                "One,Language,Chat,OpenAI,2024-05-01,United States of America,Industry,1e24",
                "Two,Language,Chat,OpenAI,2024-05-01,United States of America,Industry,2e24");
        assertError(ExcelError.NUM, TinyDataset.call(sameDay, "COMPUTE_DOUBLING_MONTHS"), "at least 2 dates", "found 2");
    }

    @Test
    void doublingTimeOfShrinkingComputeIsNum() {
        // 2024: Gamma 4e23 (Jan), Epsilon 8e23 (Mar), Theta 2e23 (Dec): the fitted slope is negative
        assertError(ExcelError.NUM, call("COMPUTE_DOUBLING_MONTHS", 2024.0, 2024.0), "did not grow");
    }

    @Test
    void doublingTimeRejectsAReversedYearRange() {
        assertError(ExcelError.NUM, call("COMPUTE_DOUBLING_MONTHS", 2024.0, 2022.0), "year_from (2024) is after year_to (2022)");
    }

    @Test
    void fractionalYearCountsElapsedDays() {
        assertEquals(2024.0, GrowthFunctions.fractionalYear(LocalDate.of(2024, 1, 1)));
        assertEquals(2024.5, GrowthFunctions.fractionalYear(LocalDate.of(2024, 7, 2)));
    }

    static double fraction(String isoDate) {
        LocalDate d = LocalDate.parse(isoDate);
        return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
    }

    /** Slope of log2(y) on x by the textbook formula, without Commons Math. */
    static double slope(double[][] points) {
        double n = points.length;
        double sx = 0;
        double sy = 0;
        double sxy = 0;
        double sxx = 0;
        for (double[] p : points) {
            double y = Math.log(p[1]) / Math.log(2);
            sx += p[0];
            sy += y;
            sxy += p[0] * y;
            sxx += p[0] * p[0];
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }
}
