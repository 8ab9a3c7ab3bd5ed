package org.modelcensus.functions.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelcensus.functions.dataset.Field;
import org.modelcensus.functions.dataset.ModelRecord;
import org.modelcensus.functions.dataset.Snapshot;

/**
 * Applies the mappings of one edition to a snapshot.
 *
 * <p>Countries: each organisation counts under the countries of its {@code org_country.csv} rule;
 * without a rule, under the countries Epoch gives for the models it developed alone; failing
 * that, under its position in a country list aligned with the organisation list (2024 schema).
 * When an organisation is still unresolved the model also takes Epoch's own list. "Multinational"
 * never survives.
 */
public final class Normalizer {
    private static final String MULTINATIONAL = "Multinational";

    private final Mappings mappings;

    public Normalizer(Mappings mappings) {
        this.mappings = mappings;
    }

    /** Normalizes every record of the snapshot. */
    public NormalizedDataset normalize(Snapshot snapshot) {
        Map<String, Set<String>> soleOrgCountries = soleOrganisationCountries(snapshot.models());
        List<NormalizedModel> models = new ArrayList<>(snapshot.models().size());
        int id = 1;
        for (ModelRecord r : snapshot.models()) {
            models.add(normalize(id++, r, soleOrgCountries));
        }
        return new NormalizedDataset(snapshot, mappings, models);
    }

    private NormalizedModel normalize(int id, ModelRecord r, Map<String, Set<String>> soleOrgCountries) {
        String date = r.get(Field.PUBLICATION_DATE).strip();
        int year = date.length() >= 4 ? parseYear(date) : 0;
        List<String> organizations = Tags.split(r.get(Field.ORGANIZATION));
        List<String> developers = distinct(organizations.stream().map(mappings::parent).toList());
        List<String> rawDomains = Tags.split(r.get(Field.DOMAIN));
        boolean multimodal = false;
        List<String> domains = new ArrayList<>();
        for (String d : rawDomains) {
            if (mappings.domainGroup(d).filter(Mappings.MULTIMODAL_MARK::equals).isPresent()) {
                multimodal = true;
            } else {
                domains.add(d);
            }
        }
        List<String> tasks = Tags.split(r.get(Field.TASK));
        List<String> taskGroups = distinct(tasks.stream().map(t -> mappings.taskGroup(t).orElse(t)).toList());
        List<String> orgTypes = distinct(Tags.split(r.get(Field.ORGANIZATION_CATEGORIZATION)).stream()
                .map(c -> mappings.orgType(c).orElse(c)).toList());
        List<Country> countries = countries(organizations, Tags.splitAll(r.get(Field.COUNTRY)), soleOrgCountries);
        return new NormalizedModel(id, r, r.name(), year, date, organizations, developers, countries, domains,
                multimodal, tasks, taskGroups, orgTypes, number(r.get(Field.TRAINING_COMPUTE)),
                number(r.get(Field.PARAMETERS)), number(r.get(Field.DATASET_SIZE)));
    }

    private List<Country> countries(List<String> organizations, List<String> epochList,
            Map<String, Set<String>> soleOrgCountries) {
        Set<String> names = new LinkedHashSet<>();
        boolean unresolved = organizations.isEmpty();
        boolean aligned = epochList.size() == organizations.size();
        for (int i = 0; i < organizations.size(); i++) {
            String org = organizations.get(i);
            var rule = mappings.orgCountries(org);
            if (rule.isPresent()) {
                names.addAll(rule.get());
            } else if (soleOrgCountries.containsKey(org)) {
                names.addAll(soleOrgCountries.get(org));
            } else if (aligned && !MULTINATIONAL.equals(epochList.get(i))) {
                names.add(epochList.get(i));
            } else {
                unresolved = true;
            }
        }
        if (unresolved) {
            epochList.stream().filter(c -> !MULTINATIONAL.equals(c)).forEach(names::add);
        }
        List<Country> out = new ArrayList<>();
        for (String name : names) {
            out.add(mappings.country(name).orElse(new Country("", name, name, name)));
        }
        return out;
    }

    /** For each organisation, the countries Epoch gives for the models it developed alone. */
    private Map<String, Set<String>> soleOrganisationCountries(List<ModelRecord> records) {
        Map<String, Set<String>> out = new HashMap<>();
        for (ModelRecord r : records) {
            List<String> orgs = Tags.split(r.get(Field.ORGANIZATION));
            if (orgs.size() != 1) {
                continue;
            }
            List<String> list = Tags.split(r.get(Field.COUNTRY)).stream().filter(c -> !MULTINATIONAL.equals(c)).toList();
            if (!list.isEmpty()) {
                out.computeIfAbsent(orgs.get(0), k -> new LinkedHashSet<>()).addAll(list);
            }
        }
        return out;
    }

    private static int parseYear(String date) {
        try {
            return Integer.parseInt(date.substring(0, 4));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Double number(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }
}
