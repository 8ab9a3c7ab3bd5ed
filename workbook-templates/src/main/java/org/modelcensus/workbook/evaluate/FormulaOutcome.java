package org.modelcensus.workbook.evaluate;

import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.formula.eval.NotImplementedException;
import org.apache.poi.ss.formula.eval.NotImplementedFunctionException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.modelcensus.workbook.evaluate.WorkbookRefusedException.Reason;

/**
 * One formula cell's outcome as Excel would show it: a value (Double, String, Boolean or null), or
 * an Excel error ({@code #N/A}, {@code #NAME?}...) with a message where there is more to say. POI's
 * failures are told apart by exception type; its internal error codes never reach a user.
 *
 * <p>Example: {@code FormulaOutcome.of(cell, evaluator).error()}
 */
public record FormulaOutcome(Object value, String error, String message) {
    private static final int CIRCULAR = FormulaError.CIRCULAR_REF.getCode();
    private static final int NOT_IMPLEMENTED = FormulaError.FUNCTION_NOT_IMPLEMENTED.getCode();

    /**
     * Evaluates one formula cell. Throws {@link EvaluationStoppedException} when the deadline passed,
     * and {@link WorkbookRefusedException} for a circular reference or a dependency chain too deep.
     */
    public static FormulaOutcome of(Cell cell, FormulaEvaluator evaluator) {
        CellValue v;
        try {
            v = evaluator.evaluate(cell);
        } catch (StackOverflowError e) {
            throw new WorkbookRefusedException(Reason.TOO_COSTLY, "the formula in " + where(cell)
                    + " depends on a chain of cells too deep to evaluate");
        } catch (RuntimeException e) {
            return failure(e);
        }
        return v == null ? new FormulaOutcome(null, null, null) : of(cell, v);
    }

    private static FormulaOutcome of(Cell cell, CellValue v) {
        return switch (v.getCellType()) {
            case NUMERIC -> new FormulaOutcome(v.getNumberValue(), null, null);
            case STRING -> new FormulaOutcome(v.getStringValue(), null, null);
            case BOOLEAN -> new FormulaOutcome(v.getBooleanValue(), null, null);
            case ERROR -> error(cell, v.getErrorValue());
            default -> new FormulaOutcome(null, null, null);
        };
    }

    private static FormulaOutcome error(Cell cell, int code) {
        if (code == CIRCULAR) {
            // Excel warns "There are one or more circular references" and shows 0: there is no error
            // value to return, so the whole workbook is refused and the cycle named.
            throw new WorkbookRefusedException(Reason.TOO_COSTLY, "the formula in " + where(cell)
                    + " is part of a circular reference (Excel warns about it and shows 0); break the cycle");
        }
        if (code == NOT_IMPLEMENTED) {
            return new FormulaOutcome(null, FormulaError.NAME.getString(), "a function Apache POI does not implement");
        }
        return new FormulaOutcome(null, FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString()
                : FormulaError.VALUE.getString(), null);
    }

    private static FormulaOutcome failure(RuntimeException e) {
        EvaluationStoppedException stopped = EvaluationStoppedException.in(e);
        if (stopped != null) {
            throw stopped;
        }
        NotImplementedFunctionException function = cause(e, NotImplementedFunctionException.class);
        if (function != null) {
            return new FormulaOutcome(null, FormulaError.NAME.getString(),
                    "Apache POI does not implement " + function.getFunctionName());
        }
        if (cause(e, NotImplementedException.class) != null) {
            return new FormulaOutcome(null, FormulaError.NAME.getString(), "a feature Apache POI does not implement");
        }
        if (cause(e, FormulaParseException.class) != null) {
            return new FormulaOutcome(null, FormulaError.NAME.getString(), "cannot parse the formula");
        }
        return new FormulaOutcome(null, FormulaError.VALUE.getString(), "cannot evaluate: " + e.getClass().getSimpleName());
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String where(Cell cell) {
        return cell.getSheet().getSheetName() + "!" + cell.getAddress().formatAsString();
    }
}
