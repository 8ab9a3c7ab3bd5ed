package org.modelcensus.functions.spreadsheet;

import java.util.List;
import java.util.regex.Pattern;
import org.modelcensus.functions.query.ExcelError;

/**
 * The arguments of one call, read the way Excel reads direct arguments: numeric text and booleans
 * count as numbers, numbers as text; a blank required number is 0; an error argument is passed
 * through. Anything else raises an {@link ArgumentError} naming the parameter.
 */
final class Args {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final List<Parameter> parameters;
    private final List<Object> values;

    private Args(List<Parameter> parameters, List<Object> values) {
        this.parameters = parameters;
        this.values = values;
    }

    /** Checks the number of arguments against the parameters of {@code function}. */
    static Args of(SpreadsheetFunction function, List<Object> values) {
        List<Parameter> parameters = function.parameters();
        List<Object> given = values == null ? List.of() : values;
        long required = parameters.stream().filter(p -> !p.optional()).count();
        if (given.size() > parameters.size() || given.size() < required) {
            throw new ArgumentError(ExcelError.VALUE, function.name() + " takes " + arity(parameters, required)
                    + " (" + String.join(", ", parameters.stream().map(Parameter::name).toList()) + "), got "
                    + given.size());
        }
        return new Args(parameters, given);
    }

    private static String arity(List<Parameter> parameters, long required) {
        if (required == parameters.size()) {
            return required + " arguments";
        }
        return required + " to " + parameters.size() + " arguments";
    }

    /** Whether argument {@code i} is omitted, null or blank text. */
    boolean isBlank(int i) {
        Object v = raw(i);
        return v == null || v instanceof String s && s.isBlank();
    }

    /** A number; blank counts as 0 as in Excel. */
    double number(int i) {
        Object v = raw(i);
        if (v == null) {
            return 0;
        }
        if (v instanceof Number n) {
            return finite(i, n.doubleValue());
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        String s = ((String) v).strip();
        if (!NUMBER.matcher(s).matches()) {
            throw new ArgumentError(ExcelError.VALUE, name(i) + " must be a number, got text \"" + v + "\"");
        }
        return finite(i, Double.parseDouble(s));
    }

    /** A whole number, truncated towards zero as Excel truncates integer arguments. */
    int integer(int i) {
        double d = number(i);
        if (Math.abs(d) >= Integer.MAX_VALUE) {
            throw new ArgumentError(ExcelError.NUM, name(i) + " is too large: " + show(d));
        }
        return (int) d;
    }

    /** A whole number, or null when blank. */
    Integer optionalInteger(int i) {
        return isBlank(i) ? null : integer(i);
    }

    /** Text, stripped; a number as Excel shows it ({@code 2024}, {@code 1.5}); "" when blank. */
    String text(int i) {
        Object v = raw(i);
        if (v == null) {
            return "";
        }
        if (v instanceof Number n) {
            return show(n.doubleValue());
        }
        if (v instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        return v.toString().strip();
    }

    /** A number for messages, as a cell shows it: {@code 2024}, {@code -1}, {@code 2.5}. */
    static String show(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    String name(int i) {
        return parameters.get(i).name();
    }

    private Object raw(int i) {
        Object v = i < values.size() ? values.get(i) : null;
        if (v instanceof ExcelError e) {
            throw new ArgumentError(e, name(i) + " is the error " + e.text());
        }
        if (v != null && !(v instanceof Number || v instanceof String || v instanceof Boolean)) {
            throw new ArgumentError(ExcelError.VALUE, name(i) + " must be a single number or text, not "
                    + (v instanceof Iterable<?> ? "a range" : v.getClass().getSimpleName()));
        }
        return v;
    }

    private double finite(int i, double d) {
        if (!Double.isFinite(d)) {
            throw new ArgumentError(ExcelError.NUM, name(i) + " is not a finite number");
        }
        return d;
    }
}
