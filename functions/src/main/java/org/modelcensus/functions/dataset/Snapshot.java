package org.modelcensus.functions.dataset;

import java.util.List;

/** An imported Epoch snapshot: its provenance, its columns and its records in file order. */
public record Snapshot(Provenance provenance, Columns columns, List<ModelRecord> models) {
    public Snapshot {
        models = List.copyOf(models);
    }

    /** The same provenance and columns with other records (after corrections). */
    public Snapshot withModels(List<ModelRecord> replaced) {
        return new Snapshot(provenance, columns, replaced);
    }
}
