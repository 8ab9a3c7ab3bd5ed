package org.modelcensus.functions.spreadsheet;

import static org.modelcensus.functions.spreadsheet.Parameter.Type.TEXT;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.modelcensus.functions.normalize.DataTables;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.normalize.NormalizedModel;
import org.modelcensus.functions.query.ExcelError;
import org.modelcensus.functions.query.LongTable;

/** COUNT, MULTIMODAL_SHARE and COUNTRY_RANK: counts of models, like the report's count tables. */
final class CountFunctions {
    private static final Parameter COUNTRY = Parameter.optional("country", TEXT,
            "ISO code (KR), Korean (한국) or English (Korea) name; blank: any");

    private CountFunctions() {
    }

    static SpreadsheetFunction count(NormalizedDataset data, Vocabularies v) {
        ModelSets sets = new ModelSets(data.models());
        return Definition.scalar("COUNT", "Number of models published from year_from to year_to that match every "
                + "given filter (blank: any); a model counts once however many values match.",
                a -> FunctionResult.of(sets.count(a, v)),
                YearRange.FROM, YearRange.TO, COUNTRY,
                Parameter.optional("domain", TEXT, "Epoch tag (Language), report group (언어(Language)) or short label (언어)"),
                Parameter.optional("task", TEXT, "Epoch tag (Chat), report group (채팅(Chat)) or short label (채팅)"),
                Parameter.optional("org_type", TEXT, "Epoch category (Industry) or report label (산업계(Industry), 산업계)"));
    }

    /**
     * The models as bit sets, made once per dataset: per year and per value of each filter, the
     * models that have it. A COUNT is then the size of an intersection of unions of these sets, not
     * a pass over every model (an Excel recalculation can make thousands of calls at once).
     */
    private static final class ModelSets {
        private final int size;
        private final int[] years;
        private final List<Map<String, BitSet>> byValue = new ArrayList<>();

        ModelSets(List<NormalizedModel> models) {
            size = models.size();
            years = new int[size];
            List<Function<NormalizedModel, List<String>>> values = List.of(Vocabularies::countryValues,
                    Vocabularies::domainValues, NormalizedModel::tasks, NormalizedModel::orgTypes);
            values.forEach(f -> byValue.add(new HashMap<>()));
            for (int i = 0; i < size; i++) {
                NormalizedModel m = models.get(i);
                years[i] = m.year();
                for (int f = 0; f < values.size(); f++) {
                    for (String value : values.get(f).apply(m)) {
                        byValue.get(f).computeIfAbsent(value, k -> new BitSet(size)).set(i);
                    }
                }
            }
        }

        double count(Args a, Vocabularies v) {
            YearRange range = YearRange.of(a, 0, 1);
            BitSet in = new BitSet(size);
            for (int i = 0; i < size; i++) {
                if (range.contains(years[i])) {
                    in.set(i);
                }
            }
            List<Vocabulary> vocabularies = List.of(v.countries, v.domains, v.tasks, v.orgTypes);
            for (int f = 0; f < vocabularies.size(); f++) {
                if (a.isBlank(2 + f)) {
                    continue;
                }
                BitSet any = new BitSet(size);
                for (String wanted : vocabularies.get(f).resolve(a.text(2 + f))) {
                    BitSet models = byValue.get(f).get(wanted);
                    if (models != null) {
                        any.or(models);
                    }
                }
                in.and(any);
            }
            return in.cardinality();
        }
    }

    static SpreadsheetFunction multimodalShare(NormalizedDataset data) {
        return Definition.scalar("MULTIMODAL_SHARE", "Share of the models published from year_from to year_to "
                + "that Epoch tags Multimodal, as a fraction (format the cell as %).",
                a -> multimodalShare(data, YearRange.of(a, 0, 1)), YearRange.FROM, YearRange.TO);
    }

    private static FunctionResult multimodalShare(NormalizedDataset data, YearRange years) {
        List<NormalizedModel> in = data.models().stream().filter(m -> years.contains(m.year())).toList();
        if (in.isEmpty()) {
            return FunctionResult.error(ExcelError.DIV0, "no models published in " + years);
        }
        long multimodal = in.stream().filter(NormalizedModel::multimodal).count();
        return new FunctionResult((double) multimodal / in.size(),
                multimodal + " of " + in.size() + " models published in " + years + " are multimodal");
    }

    static SpreadsheetFunction countryRank(NormalizedDataset data, Vocabularies v) {
        return Definition.scalar("COUNTRY_RANK", "Rank of a country by its number of models published from "
                + "year_from to year_to (models of several countries count for each), 1 = most; ties share a rank.",
                a -> rank(data, v.countries.resolve(a.text(0)).iterator().next(), YearRange.of(a, 1, 2)),
                Parameter.required("country", TEXT, "ISO code (KR), Korean (한국) or English (Korea) name"),
                YearRange.FROM, YearRange.TO);
    }

    /** Competition rank (1, 2, 2, 4) of a country's count in the {@code Countries} long table. */
    private static FunctionResult rank(NormalizedDataset data, String country, YearRange years) {
        Map<String, Integer> counts = countsByCountry(data.table(DataTables.COUNTRIES), years);
        Integer own = counts.get(country);
        if (own == null) {
            return FunctionResult.error(ExcelError.NA, country + " has no models published in " + years);
        }
        long rank = 1 + counts.values().stream().filter(c -> c > own).count();
        return new FunctionResult((double) rank, country + ": " + own + " models, rank " + rank + " of "
                + counts.size() + " countries with models published in " + years);
    }

    private static Map<String, Integer> countsByCountry(LongTable countries, YearRange years) {
        int year = countries.column(DataTables.YEAR);
        int country = countries.column(DataTables.COUNTRY);
        Map<String, Integer> counts = new HashMap<>();
        for (int r = 0; r < countries.size(); r++) {
            if (years.contains(((Number) countries.get(r, year)).intValue())) {
                counts.merge((String) countries.get(r, country), 1, Integer::sum);
            }
        }
        return counts;
    }
}
