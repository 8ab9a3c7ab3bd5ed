package org.modelcensus.functions.spreadsheet;

/** The shape of a function's result: one value, or rows of values (Office: {@code "matrix"}). */
public enum Dimensionality {
    SCALAR, MATRIX
}
