package org.modelcensus.functions.check;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The closed vocabulary of the {@code kind} column of an explanation ledger. Data kinds name a
 * hypothesis file (analyst-corrections format) verified by recomputation; {@code report-arithmetic}
 * an expression giving the printed value; {@code report-transcription} an expression over other
 * printed figures giving the computed value; {@code open} no accepted cause.
 */
public enum CauseKind {
    ADDED_AFTER_DOWNLOAD("added-after-download", Category.DATA),
    REMOVED_AFTER_DOWNLOAD("removed-after-download", Category.DATA),
    DATE_MOVED("date-moved", Category.DATA),
    COMPUTE_REVISED("compute-revised", Category.DATA),
    TAGS_BACKFILLED("tags-backfilled", Category.DATA),
    TAGS_REVISED("tags-revised", Category.DATA),
    ORG_REVISED("org-revised", Category.DATA),
    MAPPING_CHOICE("mapping-choice", Category.DATA),
    REPORT_ARITHMETIC("report-arithmetic", Category.ARITHMETIC),
    REPORT_TRANSCRIPTION("report-transcription", Category.TRANSCRIPTION),
    OPEN("open", Category.OPEN);

    /** How a cause of the kind is verified. */
    public enum Category {
        /** A hypothesis file applied to the data, then the cell recomputed. */
        DATA,
        /** An expression that gives the printed value at its printed precision. */
        ARITHMETIC,
        /** An expression over other printed figures that gives the computed value. */
        TRANSCRIPTION,
        /** Nothing to verify: the cell stays unexplained. */
        OPEN
    }

    private final String id;
    private final Category category;

    CauseKind(String id, Category category) {
        this.id = id;
        this.category = category;
    }

    public String id() {
        return id;
    }

    public Category category() {
        return category;
    }

    public boolean isData() {
        return category == Category.DATA;
    }

    static Optional<CauseKind> of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    static String known() {
        return Arrays.stream(values()).map(CauseKind::id).collect(Collectors.joining(", "));
    }
}
