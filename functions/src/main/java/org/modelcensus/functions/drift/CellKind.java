package org.modelcensus.functions.drift;

import org.modelcensus.functions.query.Arithmetic;
import org.modelcensus.functions.query.Compare;
import org.modelcensus.functions.query.Count;
import org.modelcensus.functions.query.Lookup;
import org.modelcensus.functions.query.Query;
import org.modelcensus.functions.query.Rank;

/**
 * What a report cell holds, for drift: only {@link #COUNT} cells get model lines; the others are
 * computed from count cells (listed on their own) or are values of one model's row.
 */
public enum CellKind {
    /** A count of rows: models, or tags of models where a group is summed. */
    COUNT("count"),
    /** A percentage of two cells. */
    SHARE("share"),
    /** Compound annual growth between two cells. */
    CAGR("cagr"),
    /** The difference of two cells (growth tables). */
    DIFFERENCE("difference"),
    /** A rank among cells, or 1 + the number of models with more compute. */
    RANK("rank"),
    /** 1 or 0: whether a cell reaches a minimum. */
    FLAG("flag"),
    /** A value of one model's or developer's row (list tables). */
    LIST("list"),
    /** Any other formula. */
    OTHER("other");

    private final String id;

    CellKind(String id) {
        this.id = id;
    }

    /** The id written in the {@code reason} column of a non-count cell. */
    public String id() {
        return id;
    }

    /** The kind of a cell definition. */
    public static CellKind of(Query q) {
        if (q instanceof Count) {
            return COUNT;
        }
        if (q instanceof Lookup) {
            return LIST;
        }
        if (q instanceof Rank) {
            return RANK;
        }
        if (q instanceof Compare) {
            return FLAG;
        }
        if (q instanceof Arithmetic a) {
            if (has(a, Arithmetic.Op.POWER)) {
                return CAGR;
            }
            if (has(a, Arithmetic.Op.DIVIDE)) {
                return SHARE;
            }
            if (a.op() == Arithmetic.Op.MINUS) {
                return DIFFERENCE;
            }
            if (a.op() == Arithmetic.Op.PLUS && (a.left() instanceof Count || a.right() instanceof Count)) {
                return RANK;
            }
        }
        return OTHER;
    }

    private static boolean has(Query q, Arithmetic.Op op) {
        return q instanceof Arithmetic a && (a.op() == op || has(a.left(), op) || has(a.right(), op));
    }
}
