package org.modelcensus.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.modelcensus.functions.dataset.Provenance;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.diff.SnapshotDiff;
import org.modelcensus.functions.normalize.Mappings;
import org.modelcensus.functions.normalize.Unmapped;
import org.modelcensus.server.store.SnapshotInfo;
import org.modelcensus.server.store.SnapshotStore;
import org.modelcensus.server.store.StoredSnapshot;

/**
 * What {@code census import} prints about a stored snapshot: its id, schema generation and missing
 * fields, its unmapped values per kind, and the diff counts against the snapshot imported just
 * before it (by the import time in the store's metadata), so importing the same bytes again prints
 * the same comparison.
 */
final class ImportSummary {
    private static final int SHORT_ID = 12;
    private final SnapshotStore store;
    private final Path dir;
    private final String id;
    private final String report;
    private final Mappings mappings;
    private final Lang lang;

    ImportSummary(SnapshotStore store, Path dir, String id, String report, Mappings mappings, Lang lang) {
        this.store = store;
        this.dir = dir;
        this.id = id;
        this.report = report;
        this.mappings = mappings;
        this.lang = lang;
    }

    void print(StoredSnapshot stored, PrintWriter out) {
        SnapshotInfo info = stored.info();
        Snapshot snapshot = store.snapshot(id);
        out.println(lang.text("스냅샷 ", "snapshot ") + id + (stored.created() ? lang.text(" (새로 저장)", " (new)")
                : lang.text(" (이미 저장됨, 가져온 때 ", " (already stored, imported ") + info.addedAt() + ")"));
        out.printf(lang.text("  %s: %d행, %d바이트%n", "  %s: %d rows, %d bytes%n"), info.originalName(), info.rows(),
                info.sizeBytes());
        schema(snapshot).forEach(out::println);
        unmapped(snapshot).forEach(out::println);
        changes(snapshot).forEach(out::println);
    }

    /** Schema generation and the optional fields the snapshot lacks: the one place that reads them from a snapshot. */
    private List<String> schema(Snapshot snapshot) {
        Provenance p = snapshot.provenance();
        String none = lang.text("없음", "none");
        return List.of(lang.text("스키마 세대: ", "schema generation: ") + p.generation(),
                lang.text("없는 선택 필드: ", "missing optional fields: ")
                        + (p.missingFields().isEmpty() ? none : String.join(", ", p.missingFields())),
                lang.text("읽지 않는 열: ", "unused columns: ")
                        + (p.unusedColumns().isEmpty() ? none : String.join(", ", p.unusedColumns())));
    }

    /** One line per kind of unmapped value (in the kinds' order), then the total and how to list them. */
    private List<String> unmapped(Snapshot snapshot) {
        Map<Unmapped.Kind, Long> perKind = unmappedPerKind(snapshot);
        long total = perKind.values().stream().mapToLong(Long::longValue).sum();
        List<String> lines = new ArrayList<>();
        lines.add(lang.text("매핑되지 않은 값 (" + report + " 매핑):", "unmapped values (" + report + " mappings):")
                + (total == 0 ? lang.text(" 없음", " none") : ""));
        perKind.forEach((kind, n) -> lines.add(String.format(Locale.ROOT, lang.text("  %-12s %4d  (%s에서 분류)",
                "  %-12s %4d  (classify in %s)"), lang.korean() ? UnmappedCommand.korean(kind)
                : kind.name().toLowerCase(Locale.ROOT), n, kind.file())));
        if (total > 0) {
            lines.add(String.format(Locale.ROOT, lang.text("  %-12s %4d  (목록: census unmapped --store %s --data %s "
                    + "--report %s)", "  %-12s %4d  (list them: census unmapped --store %s --data %s --report %s)"),
                    lang.text("계", "total"), total, dir, id.substring(0, SHORT_ID), report));
        }
        return lines;
    }

    /** Unmapped values counted per kind: the one place that groups them. */
    private Map<Unmapped.Kind, Long> unmappedPerKind(Snapshot snapshot) {
        return Unmapped.of(snapshot, mappings).items().stream()
                .collect(Collectors.groupingBy(Unmapped.Item::kind, TreeMap::new, Collectors.counting()));
    }

    /** Diff counts against the snapshot imported just before this one, or that there is none. */
    private List<String> changes(Snapshot snapshot) {
        Optional<SnapshotInfo> before = previous();
        if (before.isEmpty()) {
            return List.of(lang.text("변경: 저장소의 첫 스냅샷", "changes: first snapshot in the store"));
        }
        SnapshotDiff diff = SnapshotDiff.of(store.snapshot(before.get().id()), snapshot);
        long changedModels = diff.changed().stream().map(SnapshotDiff.Change::model).distinct().count();
        String a = before.get().id().substring(0, SHORT_ID);
        String since = lang.text(a + " 이후 변경 (" + before.get().originalName() + ", 가져온 때 " + before.get().addedAt() + "):",
                "changes since " + a + " (" + before.get().originalName() + ", imported " + before.get().addedAt() + "):");
        String counts = String.format(Locale.ROOT, lang.text("  모델 추가 %d, 삭제 %d, 변경 %d (필드 %d); 열 추가 %d, 삭제 %d",
                "  %d added, %d removed, %d changed models (%d fields); %d columns added, %d removed"),
                diff.added().size(), diff.removed().size(), changedModels, diff.changed().size(),
                diff.columnsOnlyInB().size(), diff.columnsOnlyInA().size());
        return List.of(since, counts, lang.text("  (보기: ", "  (see them: ") + "census diff --store " + dir + " " + a + " "
                + id.substring(0, SHORT_ID) + ")");
    }

    /** The snapshot listed just before this one, the store listing them in the order they were imported. */
    private Optional<SnapshotInfo> previous() {
        List<SnapshotInfo> all = store.list();
        int at = all.stream().map(SnapshotInfo::id).toList().indexOf(id);
        return at > 0 ? Optional.of(all.get(at - 1)) : Optional.empty();
    }
}
