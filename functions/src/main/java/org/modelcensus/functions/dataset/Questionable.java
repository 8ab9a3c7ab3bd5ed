package org.modelcensus.functions.dataset;

/**
 * A value that imports but that a reader should look at, e.g. {@code data.csv, line 7, column 13:
 * training compute 'NaN' is not a number; it counts as blank}. Column is a field number, as in
 * {@link BadInputException}; line 0 means the whole file.
 */
public record Questionable(String source, long line, long column, String problem) {
    /** The one-line message: file, line, column and problem. */
    public String message() {
        return BadInputException.format(source, line, column, problem);
    }
}
