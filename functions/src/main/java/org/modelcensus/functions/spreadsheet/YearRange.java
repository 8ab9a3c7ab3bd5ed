package org.modelcensus.functions.spreadsheet;

import org.modelcensus.functions.query.ExcelError;

/**
 * Publication years from {@code from} to {@code to}, either bound open when null. Undated models
 * (year 0) fall in the range only when both bounds are open.
 */
record YearRange(Integer from, Integer to) {
    static final Parameter FROM = Parameter.optional("year_from", Parameter.Type.NUMBER,
            "first publication year counted (blank: no lower bound)");
    static final Parameter TO = Parameter.optional("year_to", Parameter.Type.NUMBER,
            "last publication year counted (blank: no upper bound)");

    /** The range given by two optional arguments; {@code #NUM!} when from is after to. */
    static YearRange of(Args args, int fromIndex, int toIndex) {
        YearRange r = new YearRange(args.optionalInteger(fromIndex), args.optionalInteger(toIndex));
        if (r.from != null && r.to != null && r.from > r.to) {
            throw new ArgumentError(ExcelError.NUM, args.name(fromIndex) + " (" + r.from + ") is after "
                    + args.name(toIndex) + " (" + r.to + ")");
        }
        return r;
    }

    static YearRange year(int year) {
        return new YearRange(year, year);
    }

    boolean contains(int year) {
        if (from == null && to == null) {
            return true;
        }
        return year != 0 && (from == null || year >= from) && (to == null || year <= to);
    }

    /** For messages: {@code 2024}, {@code 2020-2024}, {@code 2020 onwards}, {@code up to 2024}, {@code all years}. */
    @Override
    public String toString() {
        if (from == null) {
            return to == null ? "all years" : "up to " + to;
        }
        if (to == null) {
            return from + " onwards";
        }
        return from.equals(to) ? from.toString() : from + "-" + to;
    }
}
