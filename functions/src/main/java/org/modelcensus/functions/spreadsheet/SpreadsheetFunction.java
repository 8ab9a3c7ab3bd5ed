package org.modelcensus.functions.spreadsheet;

import java.util.List;

/**
 * A function users call from a spreadsheet, the REST API or the command line, e.g.
 * {@code CAGR(2, 122, 4)}. Its name and parameters are stable: they become the add-in's function
 * ids and the API's paths.
 */
public interface SpreadsheetFunction {
    /** The upper-case name, e.g. {@code COUNTRY_RANK}. */
    String name();

    /** One or two sentences for users: what it computes and in which unit. */
    String description();

    /** The parameters in call order; optional ones may be blank or omitted. */
    List<Parameter> parameters();

    /** Whether the result is one value or rows of values. */
    Dimensionality dimensionality();

    /** The names of the columns of a {@link Dimensionality#MATRIX} result (whose rows carry no header); empty for scalars. */
    List<String> resultColumns();

    /**
     * Calls the function. Arguments are {@link Double} (any {@link Number}), {@link String},
     * {@link Boolean}, an {@code ExcelError} (passed through) or null for blank; trailing ones may be
     * omitted. Bad arguments give an Excel error in the result, never an exception.
     */
    FunctionResult call(List<Object> args);
}
