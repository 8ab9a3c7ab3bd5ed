package org.modelcensus.functions.spreadsheet;

import java.util.List;
import org.modelcensus.functions.query.ExcelError;

/** A function of the catalogue: its signature and a body that reads {@link Args}. */
final class Definition implements SpreadsheetFunction {
    /** What a function computes once its arguments are available. */
    @FunctionalInterface
    interface Body {
        FunctionResult apply(Args args);
    }

    private final String name;
    private final String description;
    private final List<Parameter> parameters;
    private final List<String> resultColumns;
    private final Body body;

    private Definition(String name, String description, List<String> resultColumns, Body body,
            Parameter... parameters) {
        this.name = name;
        this.description = description;
        this.parameters = List.of(parameters);
        this.resultColumns = List.copyOf(resultColumns);
        this.body = body;
    }

    static Definition scalar(String name, String description, Body body, Parameter... parameters) {
        return new Definition(name, description, List.of(), body, parameters);
    }

    static Definition matrix(String name, String description, List<String> columns, Body body,
            Parameter... parameters) {
        return new Definition(name, description, columns, body, parameters);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public Dimensionality dimensionality() {
        return resultColumns.isEmpty() ? Dimensionality.SCALAR : Dimensionality.MATRIX;
    }

    @Override
    public List<String> resultColumns() {
        return resultColumns;
    }

    @Override
    public FunctionResult call(List<Object> args) {
        try {
            FunctionResult r = body.apply(Args.of(this, args));
            if (r.value() instanceof Double d && !Double.isFinite(d)) {
                return FunctionResult.error(ExcelError.NUM, name + " has no finite result for these arguments");
            }
            return r;
        } catch (ArgumentError e) {
            return e.result();
        }
    }

    @Override
    public String toString() {
        return name + "(" + String.join(", ", parameters.stream().map(Parameter::name).toList()) + ")";
    }
}
