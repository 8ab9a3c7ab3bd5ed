package org.modelcensus.functions.corrections;

import java.util.Map;
import org.modelcensus.functions.dataset.BadInputException;

/**
 * One row of a corrections file, trimmed, with where it stands so that any problem names file, line
 * and column.
 */
record Correction(String file, long line, Map<String, Integer> columnOf, Action action, String model,
        String field, String value, String reason) {
    static final String ACTION = "action";
    static final String MODEL = "model";
    static final String FIELD = "field";
    static final String VALUE = "value";
    static final String REASON = "reason";

    /** A located error about the cell of {@code column} (one of the header names above). */
    BadInputException error(String column, String problem) {
        return new BadInputException(file, line, columnOf.getOrDefault(column, -1) + 1, problem);
    }

    /** The row as it was applied. */
    Applied applied(String oldValue, String newValue) {
        return new Applied(file, line, action, model, field, oldValue, newValue, reason);
    }
}
