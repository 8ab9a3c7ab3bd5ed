package org.modelcensus.workbook.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.poi.ss.formula.CacheAreaEval;
import org.apache.poi.ss.formula.OperationEvaluationContext;
import org.apache.poi.ss.formula.eval.AreaEval;
import org.apache.poi.ss.formula.eval.BlankEval;
import org.apache.poi.ss.formula.eval.BoolEval;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.formula.eval.MissingArgEval;
import org.apache.poi.ss.formula.eval.NumberEval;
import org.apache.poi.ss.formula.eval.RefEval;
import org.apache.poi.ss.formula.eval.StringEval;
import org.apache.poi.ss.formula.eval.ValueEval;
import org.apache.poi.ss.formula.functions.FreeRefFunction;
import org.apache.poi.ss.formula.udf.DefaultUDFFinder;
import org.apache.poi.ss.formula.udf.UDFFinder;
import org.apache.poi.ss.usermodel.FormulaError;
import org.modelcensus.functions.query.ExcelError;
import org.modelcensus.functions.spreadsheet.FunctionResult;
import org.modelcensus.functions.spreadsheet.SpreadsheetFunction;

/**
 * Spreadsheet functions as POI user-defined functions, so POI evaluates the formulas that call them. Each is registered twice: as users type it
 * ({@code CENSUS.COUNT}) and as Excel stores an add-in function in a saved file
 * ({@code _xldudf_CENSUS_COUNT}), so workbooks written by Excel with the add-in evaluate too.
 * Arguments are read as Excel passes them to a custom function: a one-cell range is its value, a
 * larger one rows of values; a blank or missing argument is null.
 */
public final class PoiFunctions {
    /** The prefix Excel gives add-in functions in the file format. */
    public static final String FILE_PREFIX = "_xldudf_";

    private PoiFunctions() {
    }

    /**
     * The functions named {@code NAMESPACE.NAME} (and as Excel saves them), each evaluated through
     * {@code calls} (a cache, say). Example: {@code finder("CENSUS", catalog.functions(), SpreadsheetFunction::call)}.
     */
    public static UDFFinder finder(String namespace, List<SpreadsheetFunction> all,
            BiFunction<SpreadsheetFunction, List<Object>, FunctionResult> calls) {
        List<String> names = new ArrayList<>();
        List<FreeRefFunction> functions = new ArrayList<>();
        for (SpreadsheetFunction f : all) {
            FreeRefFunction udf = (args, ec) -> evaluate(calls, f, args, ec);
            names.add(namespace + "." + f.name());
            functions.add(udf);
            names.add(FILE_PREFIX + namespace + "_" + f.name());
            functions.add(udf);
        }
        return new DefaultUDFFinder(names.toArray(String[]::new), functions.toArray(FreeRefFunction[]::new));
    }

    private static ValueEval evaluate(BiFunction<SpreadsheetFunction, List<Object>, FunctionResult> calls,
            SpreadsheetFunction f, ValueEval[] args,
            OperationEvaluationContext ec) {
        List<Object> values = new ArrayList<>(args.length);
        for (ValueEval arg : args) {
            Object v = argument(arg);
            if (v instanceof ErrorEval unknown) {
                return unknown; // an error the functions have no name for (#NAME?, #NULL!): passed on as is
            }
            values.add(v);
        }
        return result(calls.apply(f, values), ec);
    }

    /** A Java value for an argument: Double, String, Boolean, ExcelError, null, rows, or an unmapped ErrorEval. */
    static Object argument(ValueEval arg) {
        if (arg instanceof RefEval ref) {
            return value(ref.getInnerValueEval(ref.getFirstSheetIndex()));
        }
        if (arg instanceof AreaEval area) {
            if (area.isRow() && area.isColumn()) {
                return value(area.getRelativeValue(0, 0));
            }
            List<List<Object>> rows = new ArrayList<>(area.getHeight());
            for (int r = 0; r < area.getHeight(); r++) {
                Object[] row = new Object[area.getWidth()];
                for (int c = 0; c < row.length; c++) {
                    row[c] = value(area.getRelativeValue(r, c));
                }
                rows.add(Arrays.asList(row));
            }
            return rows;
        }
        return value(arg);
    }

    private static Object value(ValueEval v) {
        if (v instanceof NumberEval n) {
            return n.getNumberValue();
        }
        if (v instanceof StringEval s) {
            return s.getStringValue();
        }
        if (v instanceof BoolEval b) {
            return b.getBooleanValue();
        }
        if (v instanceof ErrorEval e) {
            ExcelError known = excelError(e.getErrorCode());
            return known == null ? e : known;
        }
        if (v == null || v instanceof BlankEval || v instanceof MissingArgEval) {
            return null;
        }
        return ErrorEval.VALUE_INVALID;
    }

    private static ExcelError excelError(int code) {
        for (ExcelError e : ExcelError.values()) {
            if (FormulaError.forString(e.text()).getCode() == code) {
                return e;
            }
        }
        return null;
    }

    /** The result as a POI value; rows become an area anchored at the formula's cell (top-left shows). */
    static ValueEval result(FunctionResult result, OperationEvaluationContext ec) {
        Object value = result.value();
        if (value instanceof List<?> rows && !rows.isEmpty()) {
            int height = rows.size();
            int width = ((List<?>) rows.get(0)).size();
            ValueEval[] cells = new ValueEval[height * width];
            for (int r = 0; r < height; r++) {
                List<?> row = (List<?>) rows.get(r);
                for (int c = 0; c < width; c++) {
                    cells[r * width + c] = scalar(c < row.size() ? row.get(c) : null);
                }
            }
            int row = ec.getRowIndex();
            int column = ec.getColumnIndex();
            return new CacheAreaEval(row, column, row + height - 1, column + width - 1, cells);
        }
        return scalar(value);
    }

    private static ValueEval scalar(Object value) {
        if (value instanceof Number n) {
            return new NumberEval(n.doubleValue());
        }
        if (value instanceof String s) {
            return new StringEval(s);
        }
        if (value instanceof Boolean b) {
            return BoolEval.valueOf(b);
        }
        if (value instanceof ExcelError e) {
            return ErrorEval.valueOf(FormulaError.forString(e.text()).getCode());
        }
        return value instanceof List<?> ? ErrorEval.NA : BlankEval.instance;
    }
}
