package org.modelcensus.functions.normalize;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.modelcensus.functions.dataset.Field;
import org.modelcensus.functions.dataset.ModelRecord;
import org.modelcensus.functions.normalize.Unmapped.Item;
import org.modelcensus.functions.normalize.Unmapped.Kind;

/** One pass over a normalized snapshot collecting {@link Unmapped} values with the models that carry them. */
final class UnmappedScan {
    private static final String MULTINATIONAL = "Multinational";
    /** A memory size such as {@code 80GB} or {@code 40 GB}: the reports print the product without it. */
    private static final Pattern MEMORY_SIZE = Pattern.compile("\\b\\d+ ?GB\\b");

    /** Models and first detail of one value, collected before its item is made. */
    private static final class Found {
        final Set<Integer> ids = new LinkedHashSet<>();
        String example;
        String detail = "";
    }

    private final NormalizedDataset data;
    private final Mappings mappings;
    private final Map<Kind, Map<String, Found>> found = new EnumMap<>(Kind.class);
    private final Map<String, Optional<String>> parents = new HashMap<>();
    /** Each distinct cell split once: models repeat countries, domains and categorizations. */
    private final Map<String, List<String>> splits = new HashMap<>();
    /** The unmapped values of each distinct cell (or list, by identity: normalization shares one per cell). */
    private final Map<String, List<String>> countries = new HashMap<>();
    private final Map<String, List<String>> typesOfCell = new HashMap<>();
    private final Map<List<String>, List<String>> typesOfOrgs = new IdentityHashMap<>();
    private final Map<List<String>, List<String>> untyped = new IdentityHashMap<>();
    private final Map<String, List<String>> domains = new HashMap<>();
    private final Map<List<String>, List<String>> domainLabels = new IdentityHashMap<>();
    private final Map<List<String>, List<String>> tasks = new IdentityHashMap<>();
    private final Map<String, List<String>> hardware = new HashMap<>();

    /* What a memo computes for a value it has not seen; made once here, not once per model (a lambda that reads a
       field of this scan is a new object at every evaluation). */
    private final Function<String, List<String>> unmappedCountriesOf = this::unmappedCountries;
    private final Function<List<String>, List<String>> untypedOf = this::untyped;
    private final Function<String, List<String>> unmappedDomainsOf = this::unmappedDomains;
    private final Function<List<String>, List<String>> unlabelledDomainsOf = this::unlabelledDomains;
    private final Function<List<String>, List<String>> unmappedTasksOf = this::unmappedTasks;
    private final Function<String, List<String>> unlabelledHardwareOf = cell -> hardware(cell.strip());

    UnmappedScan(NormalizedDataset data) {
        this.data = data;
        this.mappings = data.mappings();
    }

    /** Every item, kind by kind in {@link Kind} order, values in order of first appearance. */
    Map<Item, Set<Integer>> items() {
        Map<String, Integer> developers = new HashMap<>();
        for (NormalizedModel n : data.models()) {
            List<String> list = n.developers();
            for (int i = 0; i < list.size(); i++) {
                developers.putIfAbsent(list.get(i), developers.size());
            }
        }
        for (NormalizedModel n : data.models()) {
            scan(n, developers);
        }
        organisationCountries();
        Map<Item, Set<Integer>> out = new LinkedHashMap<>();
        found.forEach((kind, values) -> values.forEach((value, f) -> out.put(
                new Item(kind, value, f.ids.size(), f.example, f.detail), f.ids)));
        return out;
    }

    private void scan(NormalizedModel n, Map<String, Integer> developers) {
        ModelRecord r = n.record();
        addAll(Kind.COUNTRY, memo(countries, r.get(Field.COUNTRY), unmappedCountriesOf), n);
        if (n.countries().isEmpty() && !n.organizations().stream().allMatch(o -> mappings.orgCountries(o).isPresent())) {
            add(Kind.MODEL_COUNTRY, n.name(), n, String.join(", ", n.organizations()));
        }
        List<String> organizations = n.organizations();
        for (int i = 0; i < organizations.size(); i++) {
            String parent = parentOf(organizations.get(i), developers);
            if (parent != null) {
                add(Kind.ORG_PARENT, organizations.get(i), n, parent);
            }
        }
        String ownCell = r.get(Field.ORGANIZATION_CATEGORIZATION);
        List<String> own = split(ownCell);
        // The types come from the model's own cell when it has one, else from its organisations.
        List<String> types = own.isEmpty() ? typesOfOrgs.get(n.organizations()) : typesOfCell.get(ownCell);
        if (types == null) {
            types = unmappedTypes(own, n.organizations());
            if (own.isEmpty()) {
                typesOfOrgs.put(n.organizations(), types);
            } else {
                typesOfCell.put(ownCell, types);
            }
        }
        addAll(Kind.ORG_TYPE, types, n);
        if (own.isEmpty()) {
            addAll(Kind.ORG_CATEGORY, memo(untyped, n.organizations(), untypedOf), n);
        }
        addAll(Kind.DOMAIN, memo(domains, r.get(Field.DOMAIN), unmappedDomainsOf), n);
        addAll(Kind.DOMAIN_LABEL, memo(domainLabels, n.domains(), unlabelledDomainsOf), n);
        addAll(Kind.TASK, memo(tasks, n.tasks(), unmappedTasksOf), n);
        addAll(Kind.HARDWARE, memo(hardware, r.get(Field.HARDWARE), unlabelledHardwareOf), n);
    }

    /** Each value, without detail; by index: most lists are empty, and an iterator per list is garbage per model. */
    private void addAll(Kind kind, List<String> values, NormalizedModel n) {
        for (int i = 0; i < values.size(); i++) {
            add(kind, values.get(i), n, "");
        }
    }

    private List<String> unmappedTypes(List<String> own, List<String> organizations) {
        return Normalizer.categorizations(own, organizations, mappings).stream().filter(c -> mappings.orgType(c).isEmpty())
                .toList();
    }

    private List<String> untyped(List<String> organizations) {
        return organizations.stream().filter(o -> mappings.orgCategories(o).isEmpty()).toList();
    }

    private List<String> unmappedDomains(String cell) {
        return split(cell).stream().filter(d -> mappings.domainGroup(d).isEmpty()).toList();
    }

    private List<String> unlabelledDomains(List<String> domains) {
        return domains.stream().filter(d -> !mappings.hasDomainLabel(d)).toList();
    }

    private List<String> unmappedTasks(List<String> tasks) {
        return tasks.stream().filter(t -> mappings.taskGroup(t).isEmpty()).toList();
    }

    private List<String> unmappedCountries(String cell) {
        return split(cell).stream().filter(c -> mappings.country(c).map(k -> k.labelKo().isBlank()).orElse(true)).toList();
    }

    /** The value {@code compute} gives {@code key}, computed once: models repeat their cells, and share lists of one cell. */
    private static <K> List<String> memo(Map<K, List<String>> memo, K key, Function<K, List<String>> compute) {
        List<String> known = memo.get(key);
        if (known == null) {
            known = compute.apply(key);
            memo.put(key, known);
        }
        return known;
    }

    /** The developer an organisation without a parent rule probably belongs to, by name (Google Cloud → Google); null if none. */
    private String parentOf(String organization, Map<String, Integer> developers) {
        Optional<String> parent = parents.get(organization);
        if (parent == null) {
            parent = mappings.hasParentRule(organization) ? Optional.empty() : firstPrefix(organization, developers);
            parents.put(organization, parent);
        }
        return parent.orElse(null);
    }

    /**
     * The developer, first in {@code developers}' order, that the organisation's name starts with,
     * followed by a space: a lookup per space in the name, instead of a scan of every developer.
     */
    private static Optional<String> firstPrefix(String organization, Map<String, Integer> developers) {
        String best = null;
        int bestOrder = Integer.MAX_VALUE;
        for (int i = organization.indexOf(' '); i >= 0; i = organization.indexOf(' ', i + 1)) {
            String prefix = organization.substring(0, i);
            Integer order = developers.get(prefix);
            if (order != null && order < bestOrder) {
                best = prefix;
                bestOrder = order;
            }
        }
        return Optional.ofNullable(best);
    }

    private List<String> split(String cell) {
        return memo(splits, cell, Tags::split);
    }

    private List<String> hardware(String cell) {
        if (cell.isEmpty() || mappings.hasHardwareLabel(cell)) {
            return List.of();
        }
        return Tags.split(cell).stream().filter(h -> !mappings.hasHardwareLabel(h) && MEMORY_SIZE.matcher(h).find())
                .toList();
    }

    private void add(Kind kind, String value, NormalizedModel n, String detail) {
        Found f = found.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(value, v -> new Found());
        if (f.ids.isEmpty()) {
            f.example = n.name();
            f.detail = detail;
        }
        f.ids.add(n.id());
    }

    /**
     * Organisations without a country rule whose countries are doubtful (see {@link Sightings#doubt}), in order
     * of first appearance, each with the models it appears in.
     */
    private void organisationCountries() {
        Sightings seen = new Sightings();
        for (NormalizedModel n : data.models()) {
            seen.add(n);
        }
        Map<String, String> doubts = new LinkedHashMap<>();
        for (String org : seen.organisations) {
            String doubt = seen.doubt(org);
            if (doubt != null && mappings.orgCountries(org).isEmpty()) {
                doubts.put(org, doubt);
            }
        }
        if (doubts.isEmpty()) {
            return;
        }
        Map<String, List<NormalizedModel>> models = new HashMap<>();
        for (NormalizedModel n : data.models()) {
            for (String org : n.organizations()) {
                if (doubts.containsKey(org)) {
                    models.computeIfAbsent(org, k -> new ArrayList<>()).add(n);
                }
            }
        }
        doubts.forEach((org, doubt) -> models.get(org).forEach(n -> add(Kind.ORG_COUNTRY, org, n, doubt)));
    }

    /** What the snapshot says about each organisation's countries. */
    private final class Sightings {
        /** Every organisation, in order of first appearance. */
        final Set<String> organisations = new LinkedHashSet<>();
        final Map<String, Set<String>> known = new LinkedHashMap<>();
        final Map<String, String> unaligned = new LinkedHashMap<>();

        /** The country cells seen with each list of organisations (by identity: one list per organisation cell). */
        final Map<List<String>, Set<String>> seen = new IdentityHashMap<>();

        void add(NormalizedModel n) {
            String countryCell = n.record().get(Field.COUNTRY);
            // What a pair of organisations and country cell adds to known and unaligned, it adds the first time.
            Set<String> cells = seen.get(n.organizations());
            if (cells == null) {
                // The first model with this list of organisations: some of them may be new.
                organisations.addAll(n.organizations());
                cells = new HashSet<>();
                seen.put(n.organizations(), cells);
            }
            if (cells.add(countryCell)) {
                Map<String, List<String>> byOrg = epochCountries(n.organizations(), countryCell);
                byOrg.forEach((org, list) -> known.computeIfAbsent(org, k -> new LinkedHashSet<>()).addAll(list));
                for (String org : n.organizations()) {
                    if (!byOrg.containsKey(org) && countryCell.contains(MULTINATIONAL)) {
                        unaligned.putIfAbsent(org, "not aligned with the organisations: " + countryCell.strip());
                    }
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
    private static Map<String, List<String>> epochCountries(List<String> orgs, String countryCell) {
        List<String> list = Tags.splitAll(countryCell);
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
