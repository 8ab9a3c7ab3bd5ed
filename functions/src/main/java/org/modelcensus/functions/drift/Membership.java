package org.modelcensus.functions.drift;

import java.util.List;
import java.util.Map;
import org.modelcensus.functions.normalize.DataTables;
import org.modelcensus.functions.query.Count;
import org.modelcensus.functions.query.Filter;

/**
 * How many rows of each model a count cell's definition matches without its year criteria, in A and
 * in B: a model whose number differs moved for something besides its date (tags, organisation, ...).
 */
final class Membership {
    private final Count ca;
    private final Count cb;
    private final Explainer explainer;
    private Map<Integer, Integer> rowsA;
    private Map<Integer, Integer> rowsB;

    Membership(Count ca, Count cb, Explainer explainer) {
        this.ca = ca;
        this.cb = cb;
        this.explainer = explainer;
    }

    Count ca() {
        return ca;
    }

    Count cb() {
        return cb;
    }

    /** Whether the model's rows that meet every criterion but the years differ between A and B. */
    boolean otherwise(int idA, int idB) {
        Count yearlessA = withoutYears(ca);
        Count yearlessB = withoutYears(cb);
        if (yearlessA == null || yearlessB == null) {
            // Only year criteria (models per year): a model is one row of its table in both.
            return false;
        }
        if (rowsA == null) {
            rowsA = explainer.before.evaluator().rowCountsBehind(yearlessA);
            rowsB = explainer.after.evaluator().rowCountsBehind(yearlessB);
        }
        return !rowsA.getOrDefault(idA, 0).equals(rowsB.getOrDefault(idB, 0));
    }

    private static Count withoutYears(Count c) {
        List<Filter> rest = c.filters().stream().filter(f -> !f.column().equals(DataTables.YEAR)).toList();
        return rest.isEmpty() ? null : new Count(c.table(), rest);
    }
}
