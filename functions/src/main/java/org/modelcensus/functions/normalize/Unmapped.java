package org.modelcensus.functions.normalize;

import org.modelcensus.functions.edition.Edition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.modelcensus.functions.dataset.Snapshot;

/**
 * What an analyst should classify after importing a snapshot: every value a table reads that no
 * mapping of the edition covers, or that would print in English in a Korean table (see {@link Kind}).
 * Each comes with the number of models carrying it and the first one; {@link #warning()} is the one
 * line the data commands print when such values reach the edition's years.
 *
 * <p>Example: {@code Unmapped.of(snapshot, Mappings.builtIn(Edition.of("spri-2025"))).items()}
 */
public final class Unmapped {
    /** The kind of value, with the mapping file that classifies it and its name in the warning line. */
    public enum Kind {
        /** An Epoch country not in {@code country.csv}, or one without a Korean label. */
        COUNTRY("country.csv", "country", "countries"),
        /** A model that counts under no country at all. */
        MODEL_COUNTRY("org_country.csv", "model without a country", "models without a country"),
        /** An organisation without a country rule that Epoch lists as Multinational, under several countries or not at all. */
        ORG_COUNTRY("org_country.csv", "organisation country", "organisation countries"),
        /** An organisation without a parent rule whose name starts with another developer's name (e.g. Google Cloud). */
        ORG_PARENT("org_parent.csv", "organisation parent", "organisation parents"),
        /** An organisation categorization not in {@code org_type.csv}. */
        ORG_TYPE("org_type.csv", "organisation type", "organisation types"),
        /** An organisation without a type, in a model whose snapshot gives none. */
        ORG_CATEGORY("org_category.csv", "untyped organisation", "untyped organisations"),
        /** A domain not in {@code domain_group.csv}. */
        DOMAIN("domain_group.csv", "domain", "domains"),
        /** A domain without a Korean label (it would print in English in the model lists). */
        DOMAIN_LABEL("domain_label.csv", "domain label", "domain labels"),
        /** A task not in {@code task_group.csv}. */
        TASK("task_group.csv", "task label", "task labels"),
        /** A training hardware value naming its memory size (which the reports leave out) without a label. */
        HARDWARE("hardware_label.csv", "hardware value", "hardware values");

        private final String file;
        private final String one;
        private final String many;

        Kind(String file, String one, String many) {
            this.file = file;
            this.one = one;
            this.many = many;
        }

        /** The mapping file a rule for this kind of value goes into. */
        public String file() {
            return file;
        }

        /** How the warning line counts values of this kind, e.g. {@code 3 task labels}. */
        public String count(int n) {
            return n + " " + (n == 1 ? one : many);
        }
    }

    /**
     * One unmapped value; {@code detail} is, for an organisation, the countries Epoch gives it, for a
     * model without a country its organisations (empty for other kinds).
     */
    public record Item(Kind kind, String value, int models, String example, String detail) {
    }

    private final NormalizedDataset data;
    private final List<Item> items;
    private final Map<Item, Set<Integer>> modelIds;

    private Unmapped(NormalizedDataset data, Map<Item, Set<Integer>> found) {
        this.data = data;
        this.items = List.copyOf(found.keySet());
        this.modelIds = Collections.unmodifiableMap(found);
    }

    /** The unmapped values of a snapshot under an edition's mappings, kind by kind, in order of first appearance. */
    public static Unmapped of(Snapshot snapshot, Mappings mappings) {
        return of(new Normalizer(mappings).normalize(snapshot));
    }

    /** The unmapped values of a normalized snapshot, under the mappings it was normalized with. */
    public static Unmapped of(NormalizedDataset data) {
        return new Unmapped(data, new UnmappedScan(data).items());
    }

    public List<Item> items() {
        return items;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The number of unmapped values, as the count line of {@code census unmapped} prints it. */
    public int count() {
        return items.size();
    }

    /**
     * The values carried by models of the years the edition's tables read: its year range and the
     * year after (the 2020-2023 edition lists 2024's largest models).
     */
    public List<Item> reachingTables() {
        return items.stream().filter(i -> !reachedModels(List.of(i)).isEmpty()).toList();
    }

    private Set<Integer> reachedModels(List<Item> of) {
        Edition e = data.edition();
        Set<Integer> ids = new LinkedHashSet<>();
        for (Item i : of) {
            for (int id : modelIds.get(i)) {
                int year = data.model(id).year();
                if (year >= e.firstYear() && year <= e.lastYear() + 1) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /**
     * One line for the reader of a table made from this data, when unmapped values reach it, e.g.
     * {@code 3 unmapped task labels reach 41 models of 2020-2025: run census unmapped}.
     */
    public Optional<String> warning() {
        List<Item> reaching = reachingTables();
        if (reaching.isEmpty()) {
            return Optional.empty();
        }
        Map<Kind, Long> kinds = reaching.stream().collect(Collectors.groupingBy(Item::kind, LinkedHashMap::new,
                Collectors.counting()));
        String what = kinds.size() == 1 ? "unmapped " + kinds.keySet().iterator().next().count(reaching.size())
                : reaching.size() + " unmapped values (" + kinds.entrySet().stream()
                        .map(k -> k.getKey().count(k.getValue().intValue())).collect(Collectors.joining(", ")) + ")";
        if (kinds.size() == 1) {
            what = what.replaceFirst("^unmapped (\\d+) ", "$1 unmapped ");
        }
        Edition e = data.edition();
        int n = reachedModels(reaching).size();
        return Optional.of(String.format(Locale.ROOT, "%s reach%s %d model%s of %d-%d: run census unmapped", what,
                reaching.size() == 1 ? "es" : "", n, n == 1 ? "" : "s", e.firstYear(), e.lastYear() + 1));
    }

    /** Items of one kind, for callers that group by kind. */
    public List<Item> of(Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }
}
