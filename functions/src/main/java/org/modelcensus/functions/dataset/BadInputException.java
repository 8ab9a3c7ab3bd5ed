package org.modelcensus.functions.dataset;

/**
 * A bad input file or value: carries the file, the 1-based line and column (0 when unknown) and
 * what is wrong, so one message tells the user where to look, e.g.
 * {@code data.csv, line 7, column 12: unclosed quote: ...}.
 *
 * <p>Lines are physical lines of the file (CR, LF and CRLF each end one). The column is a
 * character column within that line for syntax errors (quotes, bytes that are not UTF-8), and a
 * field number for problems with one field of a CSV record (header names, ragged rows, oversized
 * fields, field values); the line is then the one the record starts on, and the message names the
 * field. Line 0 means the whole file; column 0 the whole line.
 */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final long column;
    private final String problem;

    public BadInputException(String source, long line, long column, String problem) {
        this(source, line, column, problem, null);
    }

    public BadInputException(String source, long line, long column, String problem, Throwable cause) {
        super(format(source, line, column, problem), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    static String format(String source, long line, long column, String problem) {
        StringBuilder where = new StringBuilder(source == null ? "<input>" : source);
        if (line > 0) {
            where.append(", line ").append(line);
            if (column > 0) {
                where.append(", column ").append(column);
            }
        }
        return where.append(": ").append(problem).toString();
    }

    public String source() {
        return source;
    }

    /** 1-based line, or 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }

    /** 1-based character column or, for a problem with one CSV field, field number; 0 for the whole line. */
    public long column() {
        return column;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
