package org.modelcensus.functions.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.modelcensus.functions.dataset.Field;
import org.modelcensus.functions.dataset.ModelRecord;
import org.modelcensus.functions.dataset.Snapshot;

/**
 * What an analyst should classify after importing a snapshot: values that no mapping of the edition
 * covers — countries not in {@code country.csv}, domains not in {@code domain_group.csv}, tasks not
 * in {@code task_group.csv}, organisation categorizations not in {@code org_type.csv} — and
 * organisations Epoch lists as "Multinational" or under several countries without an
 * {@code org_country.csv} rule. Each comes with the number of models carrying it and the first one.
 *
 * <p>Example: {@code Unmapped.of(snapshot, Mappings.builtIn(Edition.of("spri-2025"))).items()}
 */
public final class Unmapped {
    private static final String MULTINATIONAL = "Multinational";

    /** The kind of value, with the mapping file that classifies it. */
    public enum Kind {
        COUNTRY("country.csv"), DOMAIN("domain_group.csv"), TASK("task_group.csv"), ORG_TYPE("org_type.csv"),
        ORG_COUNTRY("org_country.csv");

        private final String file;

        Kind(String file) {
            this.file = file;
        }

        /** The mapping file a rule for this kind of value goes into. */
        public String file() {
            return file;
        }
    }

    /**
     * One unmapped value; {@code detail} is, for an organisation, the countries Epoch gives it
     * (empty for other kinds).
     */
    public record Item(Kind kind, String value, int models, String example, String detail) {
    }

    private final List<Item> items;

    private Unmapped(List<Item> items) {
        this.items = List.copyOf(items);
    }

    /** The unmapped values of a snapshot under an edition's mappings, kind by kind, in order of first appearance. */
    public static Unmapped of(Snapshot snapshot, Mappings mappings) {
        List<ModelRecord> models = snapshot.models();
        List<Item> out = new ArrayList<>();
        out.addAll(tags(models, Kind.COUNTRY, Field.COUNTRY, c -> mappings.country(c).isEmpty()));
        out.addAll(tags(models, Kind.DOMAIN, Field.DOMAIN, d -> mappings.domainGroup(d).isEmpty()));
        out.addAll(tags(models, Kind.TASK, Field.TASK, t -> mappings.taskGroup(t).isEmpty()));
        out.addAll(tags(models, Kind.ORG_TYPE, Field.ORGANIZATION_CATEGORIZATION, c -> mappings.orgType(c).isEmpty()));
        out.addAll(organisations(models, mappings));
        return new Unmapped(out);
    }

    public List<Item> items() {
        return items;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    private static List<Item> tags(List<ModelRecord> models, Kind kind, Field field, Predicate<String> unmapped) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (ModelRecord r : models) {
            for (String tag : Tags.split(r.get(field))) {
                if (unmapped.test(tag)) {
                    found.computeIfAbsent(tag, k -> new ArrayList<>()).add(r.name());
                }
            }
        }
        List<Item> out = new ArrayList<>();
        found.forEach((tag, names) -> out.add(new Item(kind, tag, names.size(), names.get(0), "")));
        return out;
    }

    /** Organisations without a country rule whose countries are doubtful (see {@link Sightings#doubt}). */
    private static List<Item> organisations(List<ModelRecord> models, Mappings mappings) {
        Sightings seen = new Sightings();
        models.forEach(seen::add);
        List<Item> out = new ArrayList<>();
        seen.models.forEach((org, names) -> {
            String doubt = seen.doubt(org);
            if (doubt != null && mappings.orgCountries(org).isEmpty()) {
                out.add(new Item(Kind.ORG_COUNTRY, org, names.size(), names.get(0), doubt));
            }
        });
        return out;
    }

    /** What the snapshot says about each organisation's countries, and which models it appears in. */
    private static final class Sightings {
        final Map<String, List<String>> models = new LinkedHashMap<>();
        final Map<String, Set<String>> known = new LinkedHashMap<>();
        final Map<String, String> unaligned = new LinkedHashMap<>();

        void add(ModelRecord r) {
            Map<String, List<String>> byOrg = epochCountries(r);
            byOrg.forEach((org, list) -> known.computeIfAbsent(org, k -> new LinkedHashSet<>()).addAll(list));
            for (String org : Tags.split(r.get(Field.ORGANIZATION))) {
                models.computeIfAbsent(org, k -> new ArrayList<>()).add(r.name());
                if (!byOrg.containsKey(org) && r.get(Field.COUNTRY).contains(MULTINATIONAL)) {
                    unaligned.putIfAbsent(org, "not aligned with the organisations: " + r.get(Field.COUNTRY).strip());
                }
            }
        }

        /**
         * Why the organisation's countries are in doubt, or null: Epoch lists it as "Multinational" or
         * under several countries, or it only appears in models whose country list holds
         * "Multinational" but does not align with the organisations (so whose it is cannot be told).
         */
        String doubt(String org) {
            Set<String> set = known.getOrDefault(org, Set.of());
            if (set.contains(MULTINATIONAL) || set.size() > 1) {
                return String.join(", ", set);
            }
            return set.isEmpty() ? unaligned.get(org) : null;
        }
    }

    /**
     * The countries Epoch gives each organisation of a model: the whole list when it has one
     * organisation, the country in the same position when the lists align, else nothing known.
     */
    private static Map<String, List<String>> epochCountries(ModelRecord r) {
        List<String> orgs = Tags.split(r.get(Field.ORGANIZATION));
        List<String> list = Tags.splitAll(r.get(Field.COUNTRY));
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (orgs.size() == 1) {
            out.put(orgs.get(0), list);
        } else if (orgs.size() == list.size()) {
            for (int i = 0; i < orgs.size(); i++) {
                out.computeIfAbsent(orgs.get(i), k -> new ArrayList<>()).add(list.get(i));
            }
        }
        return out;
    }
}
