package org.modelcensus.functions.dataset;

import java.time.Instant;

/**
 * Where a snapshot came from: the path or URL, the sha256 of its bytes, its row count, schema
 * generation and when it was read. {@code sample} marks the project's own sample dataset, which
 * every output labels as such.
 */
public record Provenance(String source, String sha256, int rows, Schema schema, Instant readAt, boolean sample) {

    /** Epoch AI's requested citation (CC BY 4.0). */
    public static final String EPOCH_CITATION = "Epoch AI, 'Data on Large-Scale AI Models'. Published online at "
            + "epoch.ai. Retrieved from https://epoch.ai/data/large-scale-ai-models (CC BY 4.0).";

    /** A one-line description for headers of outputs. */
    public String describe() {
        return (sample ? "SAMPLE DATA (not Epoch's full dataset) " : "") + source + " sha256=" + sha256
                + " rows=" + rows + " schema=" + schema.label();
    }
}
