package org.modelcensus.functions.corrections;

import java.util.List;
import org.modelcensus.functions.dataset.Snapshot;

/**
 * A snapshot after corrections, with the rows that were applied in file order. The snapshot's
 * provenance names the corrections file after the data source, so every output that shows the
 * source also shows that it was corrected.
 *
 * @param source the corrections file
 * @param skipped rows a tolerant application ({@link Corrections#applyTolerantly}) skipped as already in effect
 */
public record Corrected(Snapshot snapshot, String source, List<Applied> applied, List<Applied> skipped) {
    public Corrected {
        applied = List.copyOf(applied);
        skipped = List.copyOf(skipped);
    }

    /** A strict application: nothing skipped. */
    public Corrected(Snapshot snapshot, String source, List<Applied> applied) {
        this(snapshot, source, applied, List.of());
    }

    /** A heading for the list of applied rows, e.g. {@code corrections applied from x.csv: 3 rows}. */
    public String summary() {
        return "corrections applied from " + source + ": " + applied.size() + (applied.size() == 1 ? " row" : " rows");
    }
}
