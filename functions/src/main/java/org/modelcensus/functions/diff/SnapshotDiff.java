package org.modelcensus.functions.diff;

import java.util.ArrayList;
import java.util.List;
import org.modelcensus.functions.dataset.Columns;
import org.modelcensus.functions.dataset.Field;
import org.modelcensus.functions.dataset.ModelRecord;
import org.modelcensus.functions.dataset.Provenance;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.normalize.OrgAliases;

/**
 * What changed from snapshot A to snapshot B: models added and removed, and for models in both,
 * every field whose value differs, compared by canonical column name over the columns both have.
 * Records are matched by link (trimmed, {@code http}/{@code https} and trailing slashes ignored)
 * where a link is unique on both sides, then by name (trimmed, case-insensitive). Values compare
 * after trimming, numbers by value ({@code 1e25} equals {@code 1.0e+25}), links as they are matched and
 * organisations after {@code org_alias.csv}: a rename such as {@code Zhipu AI} → {@code Z.ai (Zhipu AI)}
 * is not a change of the model's organisation.
 */
public final class SnapshotDiff {
    /** The header of {@link #rows()}. */
    public static final List<String> HEADER = List.of("change", "model", "field", "old", "new");

    /** What happened to a model, or to a column of the schema. */
    public enum Kind {
        ADDED("added"), REMOVED("removed"), CHANGED("changed"), COLUMN_ADDED("column_added"),
        COLUMN_REMOVED("column_removed");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The id written in the {@code change} column, e.g. {@code column_added}. */
        public String id() {
            return id;
        }
    }

    /** One added or removed model ({@code field}, {@code oldValue}, {@code newValue} empty), or one changed field. */
    public record Change(Kind kind, String model, String field, String oldValue, String newValue) {
    }

    private final Provenance a;
    private final Provenance b;
    private final List<String> onlyInA;
    private final List<String> onlyInB;
    private final List<Change> changes = new ArrayList<>();
    private final int matchedByLink;
    private final int matchedByName;
    private final OrgAliases aliases;

    private SnapshotDiff(Snapshot a, Snapshot b, OrgAliases aliases) {
        this.aliases = aliases;
        this.a = a.provenance();
        this.b = b.provenance();
        this.onlyInA = missingFrom(a.columns(), b.columns());
        this.onlyInB = missingFrom(b.columns(), a.columns());
        Matching m = new Matching(a.models(), b.models());
        m.onlyB.forEach(r -> changes.add(new Change(Kind.ADDED, r.name(), "", "", "")));
        m.onlyA.forEach(r -> changes.add(new Change(Kind.REMOVED, r.name(), "", "", "")));
        List<String> common = a.columns().names().stream().filter(b.columns()::contains).distinct().toList();
        m.pairs.forEach(p -> compare(p.a(), p.b(), common));
        this.matchedByLink = (int) m.pairs.stream().filter(Matching.Pair::byLink).count();
        this.matchedByName = m.pairs.size() - matchedByLink;
    }

    /** The differences from {@code a} to {@code b}. */
    public static SnapshotDiff of(Snapshot a, Snapshot b) {
        return new SnapshotDiff(a, b, OrgAliases.builtIn());
    }

    /** The differences from {@code a} to {@code b}, organisations compared after the given aliases. */
    public static SnapshotDiff of(Snapshot a, Snapshot b, OrgAliases aliases) {
        return new SnapshotDiff(a, b, aliases);
    }

    private void compare(ModelRecord ra, ModelRecord rb, List<String> columns) {
        for (String column : columns) {
            String oldValue = ra.get(column).strip();
            String newValue = rb.get(column).strip();
            boolean same;
            if (column.equals(Field.LINK.column())) {
                same = Matching.linkKey(oldValue).equals(Matching.linkKey(newValue));
            } else if (column.equals(Field.ORGANIZATION.column())) {
                same = aliases.resolveCell(oldValue).equals(aliases.resolveCell(newValue));
            } else {
                same = same(oldValue, newValue);
            }
            if (!same) {
                changes.add(new Change(Kind.CHANGED, rb.name(), column, oldValue, newValue));
            }
        }
    }

    static boolean same(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        try {
            return Double.parseDouble(x) == Double.parseDouble(y);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<String> missingFrom(Columns from, Columns other) {
        return from.names().stream().filter(c -> !other.contains(c)).distinct().toList();
    }

    public Provenance a() {
        return a;
    }

    public Provenance b() {
        return b;
    }

    /** Columns A has and B lacks (canonical names). */
    public List<String> columnsOnlyInA() {
        return onlyInA;
    }

    /** Columns B has and A lacks (canonical names). */
    public List<String> columnsOnlyInB() {
        return onlyInB;
    }

    /** Every model change: added (B's order), removed (A's order), then changed fields (A's order). */
    public List<Change> changes() {
        return List.copyOf(changes);
    }

    public List<Change> added() {
        return of(Kind.ADDED);
    }

    public List<Change> removed() {
        return of(Kind.REMOVED);
    }

    public List<Change> changed() {
        return of(Kind.CHANGED);
    }

    private List<Change> of(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /** Models found in both snapshots through their link. */
    public int matchedByLink() {
        return matchedByLink;
    }

    /** Models found in both snapshots through their name. */
    public int matchedByName() {
        return matchedByName;
    }

    /**
     * The diff as rows of {@link #HEADER}: schema changes first (model empty, field = the column),
     * then every model change.
     */
    public List<List<String>> rows() {
        List<List<String>> out = new ArrayList<>();
        onlyInA.forEach(c -> out.add(List.of(Kind.COLUMN_REMOVED.id(), "", c, "", "")));
        onlyInB.forEach(c -> out.add(List.of(Kind.COLUMN_ADDED.id(), "", c, "", "")));
        changes.forEach(c -> out.add(List.of(c.kind().id(), c.model(), c.field(), c.oldValue(), c.newValue())));
        return out;
    }
}
