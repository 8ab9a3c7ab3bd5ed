package org.modelcensus.functions.spreadsheet;

import static org.modelcensus.functions.spreadsheet.Parameter.Type.NUMBER;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.normalize.NormalizedModel;
import org.modelcensus.functions.query.ExcelError;

/** CAGR and COMPUTE_DOUBLING_MONTHS: rates of growth. */
final class GrowthFunctions {
    private GrowthFunctions() {
    }

    static SpreadsheetFunction cagr() {
        return Definition.scalar("CAGR", "Compound annual growth rate from first to last over periods years, in "
                + "percent as the tables print it (F1's CAGR(%)): ((last/first)^(1/periods) - 1) * 100, e.g. 179.5 for "
                + "2 to 122 over 4 years.",
                a -> cagr(a.number(0), a.number(1), a.number(2)),
                Parameter.required("first", NUMBER, "value at the start, greater than 0"),
                Parameter.required("last", NUMBER, "value at the end, 0 or more"),
                Parameter.required("periods", NUMBER, "number of years between them, greater than 0"));
    }

    private static FunctionResult cagr(double first, double last, double periods) {
        if (first <= 0) {
            return FunctionResult.error(ExcelError.NUM, "first must be greater than 0, got " + Args.show(first));
        }
        if (last < 0) {
            return FunctionResult.error(ExcelError.NUM, "last must not be negative, got " + Args.show(last));
        }
        if (periods <= 0) {
            return FunctionResult.error(periods == 0 ? ExcelError.DIV0 : ExcelError.NUM,
                    "periods must be greater than 0, got " + Args.show(periods));
        }
        // Percent, as the tables' CAGR(%) cells compute it: one convention for the function and the tables.
        return FunctionResult.of((Math.pow(last / first, 1 / periods) - 1) * 100);
    }

    static SpreadsheetFunction computeDoubling(NormalizedDataset data) {
        return Definition.scalar("COMPUTE_DOUBLING_MONTHS", "Doubling time in months of training compute: "
                + "12 / the slope of a least-squares line of log2(FLOP) against publication date in years, over "
                + "the models published from year_from to year_to with a known compute.",
                a -> doubling(data, YearRange.of(a, 0, 1)), YearRange.FROM, YearRange.TO);
    }

    private static FunctionResult doubling(NormalizedDataset data, YearRange years) {
        SimpleRegression fit = new SimpleRegression();
        for (NormalizedModel m : data.models()) {
            Double flop = m.trainingCompute();
            LocalDate date = date(m);
            if (years.contains(m.year()) && flop != null && flop > 0 && date != null) {
                fit.addData(fractionalYear(date), Math.log(flop) / Math.log(2));
            }
        }
        if (fit.getN() < 2 || Double.isNaN(fit.getSlope())) {
            return FunctionResult.error(ExcelError.NUM, "a fit needs models on at least 2 dates with training "
                    + "compute; found " + fit.getN() + " model(s) published in " + years);
        }
        double perYear = fit.getSlope();
        if (perYear <= 0) {
            return FunctionResult.error(ExcelError.NUM, String.format(Locale.ROOT,
                    "training compute did not grow in %s (%.3f doublings per year): no doubling time", years, perYear));
        }
        return new FunctionResult(12 / perYear, String.format(Locale.ROOT,
                "fitted on %d models published in %s: %.3f doublings per year, R² = %.3f",
                fit.getN(), years, perYear, fit.getRSquare()));
    }

    /** The year plus the elapsed fraction of it: 2024-07-02 → 2024.5 (day 184 of 366). */
    static double fractionalYear(LocalDate date) {
        return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    }

    private static LocalDate date(NormalizedModel m) {
        try {
            return m.date().isEmpty() ? null : LocalDate.parse(m.date());
        } catch (DateTimeParseException e) {
            return null; // the importer only admits ISO dates; a corrected record might not
        }
    }
}
