package org.modelcensus.functions.dataset;

/**
 * A bad input file or value: carries the file, the 1-based line and column (0 when unknown) and
 * what is wrong, so one message tells the user where to look.
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

    private static String format(String source, long line, long column, String problem) {
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

    /** 1-based column (field number for CSV records), or 0 when unknown. */
    public long column() {
        return column;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
