package org.modelcensus.functions.spreadsheet;

/**
 * One argument of a {@link SpreadsheetFunction}: its name (e.g. {@code year_from}), the kind of value
 * it takes, whether it may be blank or omitted, and a one-line description for add-in metadata.
 */
public record Parameter(String name, Type type, boolean optional, String description) {
    /** The kind of value an argument takes (Office: {@code number}, {@code string}, {@code any}). */
    public enum Type {
        NUMBER, TEXT, ANY
    }

    static Parameter required(String name, Type type, String description) {
        return new Parameter(name, type, false, description);
    }

    static Parameter optional(String name, Type type, String description) {
        return new Parameter(name, type, true, description);
    }
}
