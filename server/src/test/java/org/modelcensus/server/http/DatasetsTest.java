package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.dataset.SyntheticSnapshot;

class DatasetsTest {
    @Test
    void aSnapshotAskedForBeforeItWasStoredIsFoundOnceItIs() {
        Snapshot later = EpochCsv.parse("later.csv", SyntheticSnapshot.generate(20, 3));
        String id = later.provenance().sha256();
        Map<String, Snapshot> store = new HashMap<>();
        Datasets datasets = new Datasets(SampleData.snapshot(), i -> Optional.ofNullable(store.get(i)));
        assertThrows(NotFoundResponse.class, () -> datasets.snapshot(id));
        store.put(id, later);
        assertSame(later, datasets.snapshot(id));
    }
}
