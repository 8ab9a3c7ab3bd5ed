package org.modelcensus.functions.normalize;

import org.modelcensus.functions.edition.Edition;
import java.util.List;
import java.util.Map;
import org.modelcensus.functions.dataset.Provenance;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.query.LongTable;

/** A snapshot normalized for one edition: its models and the tables queries run over. */
public final class NormalizedDataset {
    private final Snapshot snapshot;
    private final Mappings mappings;
    private final List<NormalizedModel> models;
    private final Map<String, LongTable> tables;

    NormalizedDataset(Snapshot snapshot, Mappings mappings, List<NormalizedModel> models, DataTables.Cache cache) {
        this.snapshot = snapshot;
        this.mappings = mappings;
        this.models = List.copyOf(models);
        this.tables = DataTables.build(this.models, mappings, cache);
    }

    /** Normalizes a snapshot with the built-in mappings of an edition. */
    public static NormalizedDataset of(Snapshot snapshot, Edition edition) {
        return new Normalizer(Mappings.builtIn(edition)).normalize(snapshot);
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public Provenance provenance() {
        return snapshot.provenance();
    }

    public Mappings mappings() {
        return mappings;
    }

    public Edition edition() {
        return mappings.edition();
    }

    public List<NormalizedModel> models() {
        return models;
    }

    /** The model with a given id (1-based). */
    public NormalizedModel model(int id) {
        return models.get(id - 1);
    }

    /** Tables by name, {@code Models} first. */
    public Map<String, LongTable> tables() {
        return tables;
    }

    public LongTable table(String name) {
        LongTable t = tables.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no table " + name + " (have " + tables.keySet() + ")");
        }
        return t;
    }
}
