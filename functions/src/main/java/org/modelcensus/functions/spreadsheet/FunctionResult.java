package org.modelcensus.functions.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modelcensus.functions.query.ExcelError;

/**
 * The outcome of a call: a {@link Double}, a {@link String}, an {@link ExcelError}, or rows
 * ({@code List<List<Object>>} of Double and String) for matrix functions; and a message for people
 * — why an error occurred, or a note on a value (e.g. ties left out of a top-n list), else "".
 */
public record FunctionResult(Object value, String message) {
    public FunctionResult {
        Objects.requireNonNull(value, "a function result has a value");
        message = message == null ? "" : message;
        if (value instanceof List<?> rows) {
            value = copyRows(rows);
        }
    }

    /** A value without a message. */
    public static FunctionResult of(Object value) {
        return new FunctionResult(value, "");
    }

    /** An Excel error and why it occurred. */
    public static FunctionResult error(ExcelError error, String message) {
        return new FunctionResult(error, message);
    }

    public boolean isError() {
        return value instanceof ExcelError;
    }

    private static List<List<Object>> copyRows(List<?> rows) {
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (Object row : rows) {
            copy.add(List.copyOf((List<?>) row));
        }
        return List.copyOf(copy);
    }
}
