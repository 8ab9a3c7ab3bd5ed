package org.modelcensus.functions.spreadsheet;

import org.modelcensus.functions.query.ExcelError;

/**
 * An Excel error found while reading or checking arguments; {@link Definition#call} turns it into a
 * {@link FunctionResult}, so it never leaves the package. Carries no stack trace: it is an answer,
 * not a fault.
 */
final class ArgumentError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExcelError error;

    ArgumentError(ExcelError error, String message) {
        super(message, null, false, false);
        this.error = error;
    }

    ExcelError error() {
        return error;
    }

    FunctionResult result() {
        return FunctionResult.error(error, getMessage());
    }
}
