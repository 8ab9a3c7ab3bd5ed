package org.modelcensus.workbook.evaluate;

/** Thrown from inside POI's evaluation when its {@link Deadline} passes or its thread is interrupted. */
public final class EvaluationStoppedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EvaluationStoppedException(String message) {
        super(message);
    }

    /** The stop this throwable was caused by (POI wraps it), or null when there is none. */
    public static EvaluationStoppedException in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EvaluationStoppedException stopped) {
                return stopped;
            }
        }
        return null;
    }
}
