package org.modelcensus.functions.report;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelcensus.functions.normalize.NormalizedModel;
import org.modelcensus.functions.query.Query;

/**
 * The comparison of a computed report with the printed one: per table, cells equal to the printed
 * figure out of printed cells; every differing cell with both values and the models behind the
 * computed value.
 */
public record Check(String edition, List<CellResult> cells) {

    /**
     * One printed cell against its computed value ({@code null} when no such cell was computed);
     * {@code modelsBehind} names the models the computed value counts (for a share: numerator and
     * denominator), for differing cells only.
     */
    public record CellResult(PrintedFigure printed, Object computed, boolean equal, List<String> modelsBehind) {
    }

    /** Equal cells out of printed cells for one table. */
    public record TableScore(String table, int equal, int printed) {
    }

    /** Compares every printed figure of the report's edition with the computed cell. */
    public static Check of(Report report, PublishedFigures figures) {
        List<CellResult> out = new ArrayList<>();
        for (PrintedFigure f : figures.of(report.edition())) {
            Query q = report.definition(f.key());
            Object computed = q == null ? null : report.value(f.key());
            boolean equal = q != null && f.matches(computed);
            List<String> behind = equal || q == null ? List.of() : new ModelsBehind(report, q);
            out.add(new CellResult(f, computed, equal, behind));
        }
        return new Check(report.edition().id(), out);
    }

    /**
     * The names of the models behind a differing cell, listed when first read: a workbook or a score
     * never reads them, and for 100,000 models they are millions of strings (most cells differ).
     */
    private static final class ModelsBehind extends AbstractList<String> {
        private Report report;
        private Query query;
        private List<String> names;

        ModelsBehind(Report report, Query query) {
            this.report = report;
            this.query = query;
        }

        private synchronized List<String> names() {
            if (names == null) {
                names = List.copyOf(modelsBehind(report, query));
                report = null;
                query = null;
            }
            return names;
        }

        @Override
        public String get(int index) {
            return names().get(index);
        }

        @Override
        public int size() {
            return names().size();
        }
    }

    private static List<String> modelsBehind(Report report, Query q) {
        List<String> names = new ArrayList<>();
        for (int id : report.evaluator().rowsBehind(q)) {
            NormalizedModel m = report.data().model(id);
            names.add(m.name() + " (" + (m.date().isEmpty() ? "undated" : m.date()) + ")");
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    public int equal() {
        return (int) cells.stream().filter(CellResult::equal).count();
    }

    public int printed() {
        return cells.size();
    }

    /** Scores per table, in the order tables first appear among the printed figures. */
    public List<TableScore> tables() {
        Map<String, int[]> scores = new LinkedHashMap<>();
        for (CellResult c : cells) {
            int[] s = scores.computeIfAbsent(c.printed().key().table(), k -> new int[2]);
            s[0] += c.equal() ? 1 : 0;
            s[1]++;
        }
        List<TableScore> out = new ArrayList<>();
        scores.forEach((t, s) -> out.add(new TableScore(t, s[0], s[1])));
        return out;
    }

    public List<CellResult> differences() {
        return cells.stream().filter(c -> !c.equal()).toList();
    }

    /** The score of one table. */
    public TableScore table(String id) {
        return tables().stream().filter(t -> t.table().equals(id)).findFirst()
                .orElse(new TableScore(id, 0, 0));
    }
}
