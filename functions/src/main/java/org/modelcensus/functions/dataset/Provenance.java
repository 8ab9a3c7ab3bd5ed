package org.modelcensus.functions.dataset;

import java.time.Instant;
import java.util.List;

/**
 * Where a snapshot came from: the path or URL, the sha256 of its bytes, its row count, its schema
 * generation ({@code 2024}, {@code 2025}, {@code 2026}, ...), the optional fields it lacks (by
 * canonical column name), the columns of its header no field reads, and when it was read.
 * {@code sample} marks the project's own sample dataset, which every output labels as such.
 */
public record Provenance(String source, String sha256, int rows, String generation, List<String> missingFields,
        List<String> unusedColumns, Instant readAt, boolean sample) {

    /** Epoch AI's requested citation (CC BY 4.0). */
    public static final String EPOCH_CITATION = "Epoch AI, 'Data on Large-Scale AI Models'. Published online at "
            + "epoch.ai. Retrieved from https://epoch.ai/data/large-scale-ai-models (CC BY 4.0).";

    public Provenance {
        missingFields = List.copyOf(missingFields);
        unusedColumns = List.copyOf(unusedColumns);
    }

    /** A one-line description for headers of outputs. */
    public String describe() {
        return (sample ? "SAMPLE DATA (not Epoch's full dataset) " : "") + source + " sha256=" + sha256
                + " rows=" + rows + " schema=" + generation
                + (missingFields.isEmpty() ? "" : " lacks=[" + String.join(", ", missingFields) + "]");
    }

    /**
     * What every output says when the snapshot lacks optional fields, e.g. {@code this snapshot lacks
     * optional fields: Organization categorization (from Organization) (schema 2026)}; "" when it lacks none.
     */
    public String missingFieldsNote() {
        return missingFields.isEmpty() ? "" : "this snapshot lacks optional fields: " + String.join(", ", missingFields)
                + " (schema " + generation + ")";
    }

    /** The same data under another source name and row count, e.g. after corrections. */
    public Provenance withSource(String newSource, int newRows) {
        return new Provenance(newSource, sha256, newRows, generation, missingFields, unusedColumns, readAt, sample);
    }
}
