package org.modelcensus.functions.dataset;

import java.util.List;

/**
 * An imported Epoch snapshot: its provenance, its columns, its records in file order and the
 * questionable values found while reading it (see {@link Questionable}).
 */
public record Snapshot(Provenance provenance, Columns columns, List<ModelRecord> models, List<Questionable> questionable) {
    public Snapshot {
        models = List.copyOf(models);
        questionable = List.copyOf(questionable);
    }

    /** A snapshot nothing questionable was found in, e.g. one built in memory. */
    public Snapshot(Provenance provenance, Columns columns, List<ModelRecord> models) {
        this(provenance, columns, models, List.of());
    }

    /** The same provenance, columns and findings with other records (after corrections). */
    public Snapshot withModels(List<ModelRecord> replaced) {
        return new Snapshot(provenance, columns, replaced, questionable);
    }
}
