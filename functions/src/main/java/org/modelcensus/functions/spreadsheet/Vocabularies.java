package org.modelcensus.functions.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.modelcensus.functions.normalize.Country;
import org.modelcensus.functions.normalize.DataTables;
import org.modelcensus.functions.normalize.Mappings;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.normalize.NormalizedModel;

/**
 * The vocabularies of the filter arguments, built from the edition's mappings and the values the
 * data holds (unmapped values are accepted under their own name). Countries resolve to Korean
 * labels, domains and tasks to raw Epoch tags, organisation types to report labels — the values
 * {@link NormalizedModel} carries.
 */
final class Vocabularies {
    /** The value the multimodal domain names ({@code Multimodal}, {@code 멀티모달}) resolve to. */
    static final String MULTIMODAL = Mappings.MULTIMODAL_MARK;

    final Vocabulary countries = new Vocabulary("country");
    final Vocabulary domains = new Vocabulary("domain");
    final Vocabulary tasks = new Vocabulary("task");
    final Vocabulary orgTypes = new Vocabulary("organisation type");

    Vocabularies(NormalizedDataset data) {
        Mappings m = data.mappings();
        addCountries(data);
        tags(m, "domain_group.csv", "domain", data, NormalizedModel::domains).forEach(t -> addDomain(m, t));
        for (String tag : tags(m, "task_group.csv", "task", data, NormalizedModel::tasks)) {
            String group = m.taskGroup(tag).orElse(tag);
            tasks.add(tag, List.of(tag, group, DataTables.shortLabel(group)));
        }
        addOrgTypes(data);
    }

    /** The values a model has in the domain vocabulary: its raw domains, and {@link #MULTIMODAL} when flagged. */
    static List<String> domainValues(NormalizedModel m) {
        if (!m.multimodal()) {
            return m.domains();
        }
        List<String> values = new ArrayList<>(m.domains());
        values.add(MULTIMODAL);
        return values;
    }

    /** The Korean labels of a model's countries: the values of the country vocabulary. */
    static List<String> countryValues(NormalizedModel m) {
        return m.countries().stream().map(Country::labelKo).toList();
    }

    private void addCountries(NormalizedDataset data) {
        List<Country> all = new ArrayList<>();
        data.mappings().countries().values().stream().filter(c -> !c.code().isBlank()).forEach(all::add);
        data.models().forEach(n -> all.addAll(n.countries()));
        for (Country c : all) {
            countries.add(c.labelKo(), List.of(c.code(), c.labelKo(), c.labelEn(), c.epochName()));
        }
    }

    private void addDomain(Mappings m, String tag) {
        String group = m.domainGroup(tag).orElse(tag);
        if (group.equals(Mappings.MULTIMODAL_MARK)) {
            domains.add(MULTIMODAL, List.of(tag, "멀티모달"));
        } else {
            domains.add(tag, List.of(tag, group, DataTables.shortLabel(group), m.domainLabel(tag), m.domainShortLabel(tag)));
        }
    }

    /** Report labels of organisation types, named also by their Epoch categorizations and short labels. */
    private void addOrgTypes(NormalizedDataset data) {
        Map<String, List<String>> categorizations = new LinkedHashMap<>();
        for (var row : data.mappings().appliedRows()) {
            if (row.file().equals("org_type.csv")) {
                categorizations.computeIfAbsent(row.values().get("label"), k -> new ArrayList<>())
                        .add(row.values().get("categorization"));
            }
        }
        data.models().forEach(n -> n.orgTypes().forEach(t -> categorizations.computeIfAbsent(t, k -> new ArrayList<>())));
        categorizations.forEach((label, raw) -> {
            List<String> names = new ArrayList<>(raw);
            names.add(label);
            names.add(DataTables.shortLabel(label));
            orgTypes.add(label, names);
        });
    }

    /** Raw tags: those of a mapping file's {@code column} in force, then those the data holds. */
    private static List<String> tags(Mappings m, String file, String column, NormalizedDataset data,
            Function<NormalizedModel, List<String>> ofModel) {
        Set<String> tags = new LinkedHashSet<>();
        for (var row : m.appliedRows()) {
            if (row.file().equals(file)) {
                tags.add(row.values().get(column));
            }
        }
        data.models().forEach(n -> tags.addAll(ofModel.apply(n)));
        return List.copyOf(tags);
    }
}
