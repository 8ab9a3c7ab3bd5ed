package org.modelcensus.functions.drift;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelcensus.functions.dataset.Field;
import org.modelcensus.functions.dataset.ModelRecord;
import org.modelcensus.functions.diff.Matching;
import org.modelcensus.functions.normalize.DataTables;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.normalize.NormalizedModel;
import org.modelcensus.functions.query.Constant;
import org.modelcensus.functions.query.Count;
import org.modelcensus.functions.query.Filter;
import org.modelcensus.functions.query.LongTable;
import org.modelcensus.functions.report.ComputedCell;
import org.modelcensus.functions.report.Report;

/**
 * The models behind a drift line and their reasons: both reports, the models matched between them
 * ({@link Matching}), every organisation each one names, and the translation of a count to the other
 * snapshot's ids.
 */
final class Explainer {
    final Report before;
    final Report after;
    final Map<Integer, Integer> aOf = new LinkedHashMap<>();
    final Map<Integer, Integer> bOf = new LinkedHashMap<>();
    final Set<String> orgsA = new HashSet<>();
    final Set<String> orgsB = new HashSet<>();

    Explainer(Report before, Report after) {
        this.before = before;
        this.after = after;
        Map<ModelRecord, Integer> idsA = ids(before.data());
        Map<ModelRecord, Integer> idsB = ids(after.data());
        for (Matching.Pair p : Matching.of(before.data().snapshot().models(), after.data().snapshot().models()).pairs()) {
            aOf.put(idsB.get(p.b()), idsA.get(p.a()));
            bOf.put(idsA.get(p.a()), idsB.get(p.b()));
        }
        before.data().models().forEach(m -> orgsA.addAll(m.organizations()));
        after.data().models().forEach(m -> orgsB.addAll(m.organizations()));
    }

    private static Map<ModelRecord, Integer> ids(NormalizedDataset data) {
        Map<ModelRecord, Integer> out = new IdentityHashMap<>();
        data.models().forEach(m -> out.put(m.record(), m.id()));
        return out;
    }

    /** The line of a model counted {@code direction} more times in B than in A; {@code idA} or {@code idB} null when absent. */
    Drift.ModelLine line(Integer idA, Integer idB, int direction, Set<Aspect> aspects, Membership membership) {
        if (idA == null) {
            NormalizedModel m = after.data().model(idB);
            return new Drift.ModelLine(m.name(), direction, List.of(unmatched(m, Reason.ADDED, "B", "A")));
        }
        if (idB == null) {
            NormalizedModel m = before.data().model(idA);
            return new Drift.ModelLine(m.name(), direction, List.of(unmatched(m, Reason.REMOVED, "A", "B")));
        }
        NormalizedModel ma = before.data().model(idA);
        NormalizedModel mb = after.data().model(idB);
        String name = ma.name().equals(mb.name()) ? mb.name() : mb.name() + " (A: " + ma.name() + ")";
        List<Drift.Cause> causes = new ArrayList<>();
        if (inYears(membership.ca(), before, ma.year()) != inYears(membership.cb(), after, mb.year())) {
            causes.add(rawChange(Field.PUBLICATION_DATE, ma, mb));
        }
        if (membership.otherwise(idA, idB) || causes.isEmpty()) {
            Set<Aspect> others = new LinkedHashSet<>(aspects);
            others.remove(Aspect.YEAR);
            causes.addAll(causes(ma, mb, others));
        }
        causes.sort(java.util.Comparator.comparing(Drift.Cause::reason));
        return new Drift.ModelLine(name, direction, causes);
    }

    /** Whether a publication year meets the year criteria of a count (an undated model meets none). */
    private static boolean inYears(Count c, Report report, int year) {
        for (Filter f : c.filters()) {
            if (!f.column().equals(DataTables.YEAR)) {
                continue;
            }
            if (year == 0 || !(report.evaluator().evaluate(f.value()) instanceof Double k)) {
                return false;
            }
            int cmp = Double.compare(year, k);
            boolean ok = switch (f.op()) {
                case EQ -> cmp == 0;
                case GT -> cmp > 0;
                case GE -> cmp >= 0;
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static Drift.Cause unmatched(NormalizedModel m, Reason reason, String in, String notIn) {
        Double flop = m.trainingCompute();
        if (flop != null && flop < Drift.LARGE_SCALE_FLOP) {
            return new Drift.Cause(Reason.COMPUTE_THRESHOLD, "Training compute (FLOP) in " + in + ": "
                    + ComputedCell.format(flop) + ", below 1E23; not in " + notIn);
        }
        return new Drift.Cause(reason, "not in " + notIn + " (published " + (m.date().isEmpty() ? "undated" : m.date()) + ")");
    }

    private List<Drift.Cause> causes(NormalizedModel ma, NormalizedModel mb, Set<Aspect> aspects) {
        Set<Drift.Cause> out = new LinkedHashSet<>();
        for (Aspect aspect : aspects) {
            String va = aspect.value(ma, before.data());
            String vb = aspect.value(mb, after.data());
            if (va.equals(vb)) {
                continue;
            }
            boolean raw = false;
            for (Field f : aspect.fields()) {
                Drift.Cause c = rawChange(f, ma, mb);
                if (c != null) {
                    out.add(c);
                    raw = true;
                }
            }
            if (!raw) {
                out.add(new Drift.Cause(Reason.MAPPING_CHANGE, aspect.label() + ": " + shown(va) + " → " + shown(vb)
                        + " (" + String.join(", ", aspect.fields().stream().map(Field::column).toList()) + " unchanged)"));
            }
        }
        if (out.isEmpty()) {
            out.add(new Drift.Cause(Reason.MAPPING_CHANGE, "its values behind the cell are equal; the rows that count it differ"));
        }
        return new ArrayList<>(out);
    }

    /** The cause a changed raw field gives, or null when the field is equal (organisations after aliases). */
    private Drift.Cause rawChange(Field f, NormalizedModel ma, NormalizedModel mb) {
        String va = ma.record().get(f).strip();
        String vb = mb.record().get(f).strip();
        String what = f.column() + ": " + shown(va) + " → " + shown(vb);
        return switch (f) {
            case PUBLICATION_DATE -> va.equals(vb) ? null : new Drift.Cause(Reason.DATE_MOVED, what);
            case DOMAIN -> va.equals(vb) ? null : new Drift.Cause(Reason.DOMAIN_CHANGED, what);
            case TASK -> va.equals(vb) ? null : new Drift.Cause(Reason.TASK_CHANGED, what);
            case COUNTRY -> va.equals(vb) ? null : new Drift.Cause(Reason.COUNTRY_CHANGED, what);
            case ORGANIZATION_CATEGORIZATION -> va.equals(vb) ? null : new Drift.Cause(Reason.ORG_CATEGORY_CHANGED,
                    what + (mb.record().columns().contains(f.column()) ? "" : " (B has no such column)"));
            case ORGANIZATION -> organization(ma, mb, what);
            default -> va.equals(vb) ? null : new Drift.Cause(Reason.MAPPING_CHANGE, what);
        };
    }

    private Drift.Cause organization(NormalizedModel ma, NormalizedModel mb, String what) {
        Set<String> gone = new LinkedHashSet<>(ma.organizations());
        gone.removeAll(mb.organizations());
        Set<String> come = new LinkedHashSet<>(mb.organizations());
        come.removeAll(ma.organizations());
        if (gone.isEmpty() && come.isEmpty()) {
            return null;
        }
        boolean renamed = !gone.isEmpty() && !come.isEmpty() && gone.stream().noneMatch(orgsB::contains)
                && come.stream().noneMatch(orgsA::contains);
        return renamed ? new Drift.Cause(Reason.ORG_RENAMED, what + " (" + String.join(", ", gone) + " is on no model of B, "
                + String.join(", ", come) + " on no model of A)") : new Drift.Cause(Reason.ORGANIZATION_CHANGED, what);
    }

    private static String shown(String v) {
        String s = v.replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return s.isEmpty() ? "(blank)" : s;
    }

    /**
     * A count of one side re-expressed for the other: filters on a numeric id column (developer,
     * country, group or type ids, numbered per dataset) name the same text's id there (0, which no
     * row has, when the other side lacks the text).
     */
    Count portable(Count c, NormalizedDataset from, NormalizedDataset to) {
        List<Filter> filters = new ArrayList<>();
        for (Filter f : c.filters()) {
            String text = textColumn(f.column());
            if (text == null || !(f.value() instanceof Constant k) || !(k.value() instanceof Double id)) {
                filters.add(f);
                continue;
            }
            Object label = find(from.table(c.table()), f.column(), id, text);
            Object other = label == null ? null : find(to.table(c.table()), text, label, f.column());
            filters.add(Filter.eq(f.column(), other == null ? 0 : other));
        }
        return new Count(c.table(), filters);
    }

    private static String textColumn(String idColumn) {
        return switch (idColumn) {
            case DataTables.DEV_ID -> DataTables.DEVELOPER;
            case DataTables.COUNTRY_ID -> DataTables.COUNTRY;
            case DataTables.GROUP_ID -> DataTables.GROUP;
            case DataTables.ORG_TYPE_ID -> DataTables.ORG_TYPE;
            default -> null;
        };
    }

    /** The {@code want} cell of the first row whose {@code column} equals {@code value} (text ignoring case), or null. */
    private static Object find(LongTable t, String column, Object value, String want) {
        int c = t.column(column);
        int w = t.column(want);
        for (int r = 0; r < t.size(); r++) {
            Object v = t.get(r, c);
            boolean equal = value instanceof Double d ? v instanceof Number n && n.doubleValue() == d
                    : v instanceof String s && s.equalsIgnoreCase((String) value);
            if (equal) {
                return t.get(r, w);
            }
        }
        return null;
    }
}
