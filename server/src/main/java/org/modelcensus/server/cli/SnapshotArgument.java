package org.modelcensus.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.server.store.SnapshotInfo;
import org.modelcensus.server.store.SnapshotStore;

/**
 * What a snapshot argument ({@code --data}, {@code diff}'s A and B) names, in one place: without
 * {@code --store} a file path or an https URL; with it a stored snapshot's id, a unique prefix of at
 * least {@value #MIN_PREFIX} hex digits, or {@code latest}, the snapshot imported last.
 *
 * <p>Example: {@code SnapshotArgument.read(Path.of("store"), "--data", "latest")}
 */
final class SnapshotArgument {
    /** The name of the most recently imported snapshot. */
    static final String LATEST = "latest";
    static final int MIN_PREFIX = 8;
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{" + MIN_PREFIX + ",64}");
    private static final int MAX_IDS_NAMED = 5;
    private static final int SHORT_ID = 12;

    private SnapshotArgument() {
    }

    /** Reads the snapshot {@code ref} names; {@code option} names the argument in errors. */
    static Snapshot read(Path store, String option, String ref) {
        if (store == null) {
            return EpochCsv.read(ref);
        }
        SnapshotStore snapshots = openForReading(store);
        return snapshots.snapshot(resolve(snapshots, store, option, ref).id());
    }

    /** Opens an existing store without cleaning anything up, or says that there is none at {@code dir}. */
    static SnapshotStore openForReading(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir.toString(), 0, 0, "no snapshot store here; import a snapshot first: "
                    + "census import FILE|URL --store " + dir);
        }
        return SnapshotStore.openForReading(dir);
    }

    /** The stored snapshot {@code ref} names, or a one-line error naming the snapshots the store holds. */
    static SnapshotInfo resolve(SnapshotStore store, Path dir, String option, String ref) {
        List<SnapshotInfo> all = store.list();
        String wanted = ref == null ? "" : ref.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals(LATEST)) {
            return newest(all).orElseThrow(() -> new BadInputException(option, 0, 0, "the store " + dir
                    + " is empty; import a snapshot first: census import FILE|URL --store " + dir));
        }
        if (!HEX.matcher(wanted).matches()) {
            throw unknown(option, ref, dir, all, "with --store, name a snapshot by its sha256 id (or its first "
                    + MIN_PREFIX + "+ hex digits) or " + LATEST);
        }
        List<SnapshotInfo> matches = all.stream().filter(i -> i.id().startsWith(wanted)).toList();
        if (matches.size() > 1) {
            throw unknown(option, ref, dir, matches, "the prefix matches " + matches.size() + " snapshots; give more digits");
        }
        return matches.stream().findFirst()
                .orElseThrow(() -> unknown(option, ref, dir, all, "no snapshot with this id in the store " + dir));
    }

    /** The most recently imported snapshot: the one whose metadata records the latest import time. */
    static Optional<SnapshotInfo> newest(List<SnapshotInfo> oldestFirst) {
        return oldestFirst.isEmpty() ? Optional.empty() : Optional.of(oldestFirst.get(oldestFirst.size() - 1));
    }

    private static BadInputException unknown(String option, String ref, Path dir, List<SnapshotInfo> known, String why) {
        return new BadInputException(option, 0, 0, "'" + ref + "': " + why + "; " + known(known));
    }

    /** The snapshots a store holds, as short ids with names (the last five when there are more). */
    private static String known(List<SnapshotInfo> known) {
        if (known.isEmpty()) {
            return "the store is empty";
        }
        List<SnapshotInfo> shown = known.subList(Math.max(0, known.size() - MAX_IDS_NAMED), known.size());
        String more = known.size() > shown.size() ? (known.size() - shown.size()) + " older and " : "";
        return "it holds " + known.size() + ": " + more + shown.stream().map(SnapshotArgument::label)
                .collect(Collectors.joining(", ")) + " (newest last)";
    }

    /** A stored snapshot on one line: short id and original name, e.g. {@code 3f2a1b4c5d6e (epoch.csv)}. */
    static String label(SnapshotInfo info) {
        return info.id().substring(0, SHORT_ID) + " (" + info.originalName() + ")";
    }
}
