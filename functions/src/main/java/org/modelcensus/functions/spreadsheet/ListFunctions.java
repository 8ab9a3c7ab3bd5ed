package org.modelcensus.functions.spreadsheet;

import static org.modelcensus.functions.spreadsheet.Parameter.Type.NUMBER;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelcensus.functions.normalize.DataTables;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.normalize.NormalizedModel;
import org.modelcensus.functions.query.ExcelError;
import org.modelcensus.functions.query.LongTable;

/**
 * TOP_DEVELOPERS and TOP_MODELS: ranked lists as rows without a header row (the column names are
 * the functions' {@link SpreadsheetFunction#resultColumns()}). At most {@code n} rows: rows tied
 * with the last one are cut in the order of the tie-break, and the result's message names them.
 */
final class ListFunctions {
    static final int DEFAULT_N = 10;

    private static final Parameter YEAR = Parameter.required("year", NUMBER, "publication year");
    private static final Parameter N = Parameter.optional("n", NUMBER, "most rows returned (blank: " + DEFAULT_N + ")");
    private static final Comparator<String> BY_NAME = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private ListFunctions() {
    }

    /** One row of a ranked list and the value it is ranked by. */
    private record Ranked(List<Object> row, double key) {
        String name() {
            return (String) row.get(0);
        }
    }

    static SpreadsheetFunction topDevelopers(NormalizedDataset data) {
        return Definition.matrix("TOP_DEVELOPERS", "The developers (parent organisations) with the most models "
                + "published in a year: developer, models, nationality; most models first, then by name; at most n "
                + "rows, so developers tied at the cut beyond n are left out (the message names them).",
                List.of("developer", "models", "nationality"), a -> {
                    YearRange year = YearRange.year(a.integer(0));
                    return top(developers(data.table(DataTables.DEVELOPERS), year), n(a), "models", year);
                }, YEAR, N);
    }

    /** Models per developer in the {@code Developers} long table, ranked. */
    private static List<Ranked> developers(LongTable developers, YearRange year) {
        int y = developers.column(DataTables.YEAR);
        int name = developers.column(DataTables.DEVELOPER);
        int nationality = developers.column(DataTables.NATIONALITY);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> nationalities = new LinkedHashMap<>();
        for (int r = 0; r < developers.size(); r++) {
            if (year.contains(((Number) developers.get(r, y)).intValue())) {
                String developer = (String) developers.get(r, name);
                counts.merge(developer, 1, Integer::sum);
                nationalities.putIfAbsent(developer, (String) developers.get(r, nationality));
            }
        }
        List<Ranked> ranked = new ArrayList<>();
        counts.forEach((d, c) -> ranked.add(new Ranked(List.of(d, (double) c, nationalities.get(d)), c)));
        return ranked;
    }

    static SpreadsheetFunction topModels(NormalizedDataset data) {
        return Definition.matrix("TOP_MODELS", "The models published in a year with the most training compute: "
                + "model, training compute (FLOP), developers, countries; models without compute are left out; "
                + "at most n rows, ties broken by name.",
                List.of("model", "training_compute_flop", "developers", "countries"), a -> {
                    YearRange year = YearRange.year(a.integer(0));
                    List<Ranked> models = data.models().stream()
                            .filter(m -> year.contains(m.year()) && m.trainingCompute() != null)
                            .map(ListFunctions::modelRow).toList();
                    return top(models, n(a), "models with training compute", year);
                }, YEAR, N);
    }

    private static Ranked modelRow(NormalizedModel m) {
        String countries = String.join(", ", Vocabularies.countryValues(m));
        return new Ranked(List.of(m.name(), m.trainingCompute(), String.join(", ", m.developers()), countries),
                m.trainingCompute());
    }

    private static int n(Args a) {
        int n = a.isBlank(1) ? DEFAULT_N : a.integer(1);
        if (n < 1) {
            throw new ArgumentError(ExcelError.NUM, "n must be at least 1, got " + n);
        }
        return n;
    }

    /** The first {@code n} rows by key (descending) then name, noting rows tied with the last one that were cut. */
    private static FunctionResult top(List<Ranked> all, int n, String noun, YearRange year) {
        if (all.isEmpty()) {
            return FunctionResult.error(ExcelError.NA, "no " + noun + " published in " + year);
        }
        List<Ranked> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingDouble((Ranked r) -> -r.key()).thenComparing(Ranked::name, BY_NAME));
        List<Ranked> kept = sorted.subList(0, Math.min(n, sorted.size()));
        double lastKey = kept.get(kept.size() - 1).key();
        List<String> cut = sorted.subList(kept.size(), sorted.size()).stream()
                .filter(r -> r.key() == lastKey).map(Ranked::name).toList();
        String note = cut.isEmpty() ? "" : cut.size() + " more tied with the last row and left out: " + String.join(", ", cut);
        return new FunctionResult(kept.stream().map(Ranked::row).toList(), note);
    }
}
