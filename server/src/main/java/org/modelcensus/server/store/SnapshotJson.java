package org.modelcensus.server.store;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.diff.SnapshotDiff;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.Unmapped;

/** The JSON shapes of the snapshot routes, as ordered maps (keys in the order a reader expects them). */
final class SnapshotJson {
    private SnapshotJson() {
    }

    /**
     * {@code {a, b, matchedByLink, matchedByName, columnsOnlyInA, columnsOnlyInB, counts, changes}}, each
     * change {@code {change, model, field, old, new}} as in the CLI's CSV.
     */
    static Map<String, Object> diff(SnapshotInfo infoA, Snapshot a, SnapshotInfo infoB, Snapshot b) {
        SnapshotDiff diff = SnapshotDiff.of(a, b);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("a", infoA);
        out.put("b", infoB);
        out.put("matchedByLink", diff.matchedByLink());
        out.put("matchedByName", diff.matchedByName());
        out.put("columnsOnlyInA", diff.columnsOnlyInA());
        out.put("columnsOnlyInB", diff.columnsOnlyInB());
        out.put("counts", Map.of("added", diff.added().size(), "removed", diff.removed().size(),
                "changedModels", diff.changed().stream().map(SnapshotDiff.Change::model).distinct().count(),
                "changedFields", diff.changed().size()));
        out.put("changes", diff.changes().stream().map(SnapshotJson::change).toList());
        return out;
    }

    private static Map<String, Object> change(SnapshotDiff.Change c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("change", c.kind().id());
        out.put("model", c.model());
        out.put("field", c.field());
        out.put("old", c.oldValue());
        out.put("new", c.newValue());
        return out;
    }

    /** {@code {snapshot, report, count, items}}, each item {@code {kind, file, value, models, example, detail}}. */
    static Map<String, Object> unmapped(SnapshotInfo info, Edition edition, Unmapped unmapped) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("snapshot", info);
        out.put("report", edition.id());
        out.put("count", unmapped.items().size());
        out.put("items", unmapped.items().stream().map(SnapshotJson::item).toList());
        return out;
    }

    private static Map<String, Object> item(Unmapped.Item i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", i.kind().name().toLowerCase(Locale.ROOT));
        out.put("file", i.kind().file());
        out.put("value", i.value());
        out.put("models", i.models());
        out.put("example", i.example());
        out.put("detail", i.detail());
        return out;
    }
}
