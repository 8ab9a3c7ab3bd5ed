package org.modelcensus.server.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.modelcensus.functions.dataset.Questionable;

/**
 * The warnings for questionable values of a snapshot, one line each and at most {@value #MAX_LINES},
 * e.g. {@code # warning: data.csv, line 7, column 13: training compute 'NaN' is not a number; ...}.
 */
final class QuestionableNotes {
    static final int MAX_LINES = 20;

    private QuestionableNotes() {
    }

    /** The lines to print: one per value, the last saying how many more there are when capped. */
    static List<String> lines(List<Questionable> found) {
        List<String> out = new ArrayList<>();
        found.stream().limit(MAX_LINES).forEach(q -> out.add("warning: " + q.message()));
        if (found.size() > MAX_LINES) {
            out.add("warning: ... and " + (found.size() - MAX_LINES) + " more questionable values");
        }
        return out;
    }

    /** Prints the warnings as notes, then under {@code --strict} the one error line that makes the exit code 2. */
    static void print(PrintWriter err, List<Questionable> found, boolean strict) {
        lines(found).forEach(line -> err.println("# " + line));
        if (strict && !found.isEmpty()) {
            err.println("census: " + found.size() + " questionable value" + (found.size() == 1 ? "" : "s")
                    + " in the data (--strict)");
        }
        err.flush();
    }
}
