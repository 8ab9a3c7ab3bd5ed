package org.modelcensus.functions.normalize;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.modelcensus.functions.dataset.Decimals;
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
 *
 * <p>Organisations are first resolved through {@code org_alias.csv}, so every lookup by organisation
 * sees one name per organisation. Organisation types: the snapshot's own categorization column when
 * present and non-blank for the model; else, per organisation, {@code org_category.csv}, then the
 * {@code --orgs} export (see {@link Mappings#orgCategories}).
 */
public final class Normalizer {
    private static final String MULTINATIONAL = "Multinational";

    private final Mappings mappings;
    /** What a remembering normalizer keeps from one snapshot to the next; null for one that does not. */
    private final Remembered remembered;

    public Normalizer(Mappings mappings) {
        this(mappings, false);
    }

    private Normalizer(Mappings mappings, boolean remember) {
        this.mappings = mappings;
        this.remembered = remember ? new Remembered(mappings) : null;
    }

    /**
     * A normalizer that remembers what it made (cells' parts, models, table rows) for the next snapshot it
     * normalizes: for snapshots that share most records, e.g. a check's worlds (the data with a few hypotheses
     * applied). One thread at a time.
     */
    public static Normalizer remembering(Mappings mappings) {
        return new Normalizer(mappings, true);
    }

    /** Normalizes every record of the snapshot. */
    public NormalizedDataset normalize(Snapshot snapshot) {
        Memo memo = remembered == null ? new Memo() : remembered.memo;
        List<ModelRecord> records = snapshot.models();
        OrgCell[] orgCells = new OrgCell[records.size()];
        Map<String, Set<String>> soleOrgCountries = soleOrganisationCountries(records, memo, orgCells);
        if (remembered != null) {
            remembered.under(soleOrgCountries);
        }
        List<NormalizedModel> models = new ArrayList<>(records.size());
        for (int i = 0; i < orgCells.length; i++) {
            ModelRecord r = records.get(i);
            NormalizedModel n = remembered == null ? null : remembered.model(i + 1, r);
            if (n == null) {
                n = normalize(i + 1, r, orgCells[i], soleOrgCountries, memo);
                if (remembered != null) {
                    remembered.models.computeIfAbsent(r, k -> new ArrayList<>(1)).add(n);
                }
            }
            models.add(n);
        }
        return new NormalizedDataset(snapshot, mappings, models,
                remembered == null ? DataTables.Cache.forOneBuild(mappings) : remembered.tables);
    }

    /** The memo, models and table rows a remembering normalizer keeps. */
    private static final class Remembered {
        final Memo memo = new Memo();
        final DataTables.Cache tables;
        /**
         * The models made under {@link #sole}, by record (identity), one per row they were at: a record
         * normalizes the same at any row but for its id.
         */
        final Map<ModelRecord, List<NormalizedModel>> models = new IdentityHashMap<>();
        /** The organisations' own countries, in order, of the last snapshot: what a model's countries read. */
        Map<String, List<String>> sole;

        Remembered(Mappings mappings) {
            this.tables = DataTables.Cache.forBuilds(mappings);
        }

        /** Forgets the models and countries made under other organisations' countries than these. */
        void under(Map<String, Set<String>> soleOrgCountries) {
            Map<String, List<String>> ordered = new HashMap<>();
            soleOrgCountries.forEach((org, countries) -> ordered.put(org, List.copyOf(countries)));
            if (!ordered.equals(sole)) {
                sole = ordered;
                models.clear();
                memo.orgs.values().forEach(OrgCell::forgetCountries);
            }
        }

        /** The model of a record at row {@code id}: remembered, or one remembered at another row given this id; null when none. */
        NormalizedModel model(int id, ModelRecord r) {
            List<NormalizedModel> known = models.get(r);
            if (known == null) {
                return null;
            }
            for (NormalizedModel n : known) {
                if (n.id() == id) {
                    return n;
                }
            }
            NormalizedModel n = known.get(0);
            n = new NormalizedModel(id, n.record(), n.name(), n.year(), n.date(), n.organizations(), n.developers(),
                    n.countries(), n.domains(), n.multimodal(), n.tasks(), n.taskGroups(), n.orgTypes(),
                    n.trainingCompute(), n.parameters(), n.datasetSize());
            known.add(n);
            return n;
        }
    }

    /** The parts of an organisation cell: organisations and their distinct parents. */
    private record Orgs(List<String> organizations, List<String> developers) {
    }

    /** The parts of a domain cell: domains without the multimodal tag, and whether it was there. */
    private record Domains(List<String> domains, boolean multimodal) {
    }

    /** The parts of a task cell: tasks and their distinct report groups. */
    private record Tasks(List<String> tasks, List<String> groups) {
    }

    /**
     * What one organisation cell normalizes to, and what depends on it and one more cell: the countries
     * (with the country cell: most organisations come with one) and the types when the model gives none.
     */
    private static final class OrgCell {
        final Orgs orgs;
        String countryCell;
        List<Country> countries;
        Map<String, List<Country>> otherCountries;
        List<String> blankTypes;

        OrgCell(Orgs orgs) {
            this.orgs = orgs;
        }

        /** Forgets the countries worked out: they read the organisations' own countries of one snapshot. */
        void forgetCountries() {
            countryCell = null;
            countries = null;
            otherCountries = null;
        }
    }

    /**
     * Each distinct cell text normalized once per snapshot (or per remembering normalizer): Epoch repeats
     * organisations, domains, tasks and countries across models, and the result depends on the text alone
     * (countries also on the organisations' own countries: {@link Remembered#under}).
     */
    private static final class Memo {
        final Map<String, List<String>> splits = new HashMap<>();
        final Map<String, List<String>> splitsAll = new HashMap<>();
        final Map<String, OrgCell> orgs = new HashMap<>();
        final Map<String, Domains> domains = new HashMap<>();
        final Map<String, Tasks> tasks = new HashMap<>();
        final Map<String, List<String>> orgTypes = new HashMap<>();
        final Map<String, List<String>> withoutMultinational = new HashMap<>();

        /** One string per distinct value: many cells hold the same few tasks, domains and countries. */
        final Map<String, String> values = new HashMap<>();

        List<String> split(String cell) {
            return splits.computeIfAbsent(cell, c -> shared(Tags.split(c)));
        }

        List<String> splitAll(String cell) {
            return splitsAll.computeIfAbsent(cell, c -> shared(Tags.splitAll(c)));
        }

        /** The list with each value replaced by the one string kept for it. */
        private List<String> shared(List<String> list) {
            String[] out = new String[list.size()];
            for (int i = 0; i < out.length; i++) {
                String v = list.get(i);
                String known = values.putIfAbsent(v, v);
                out[i] = known == null ? v : known;
            }
            return List.of(out);
        }
    }

    /** The organisation cell's parts, its organisations resolved through the aliases. */
    private OrgCell orgCell(String cell, Memo memo) {
        OrgCell known = memo.orgs.get(cell);
        if (known == null) {
            known = new OrgCell(orgs(mappings.aliases().resolveAll(memo.split(cell))));
            memo.orgs.put(cell, known);
        }
        return known;
    }

    private NormalizedModel normalize(int id, ModelRecord r, OrgCell orgCell, Map<String, Set<String>> soleOrgCountries,
            Memo memo) {
        String date = r.get(Field.PUBLICATION_DATE).strip();
        int year = date.length() >= 4 ? parseYear(date) : 0;
        Orgs orgs = orgCell.orgs;
        String domainCell = r.get(Field.DOMAIN);
        Domains domains = memo.domains.get(domainCell);
        if (domains == null) {
            domains = domains(memo.split(domainCell));
            memo.domains.put(domainCell, domains);
        }
        String taskCell = r.get(Field.TASK);
        Tasks tasks = memo.tasks.get(taskCell);
        if (tasks == null) {
            tasks = tasks(memo.split(taskCell));
            memo.tasks.put(taskCell, tasks);
        }
        String typeCell = r.get(Field.ORGANIZATION_CATEGORIZATION);
        // A blank cell stands for the organisations, whose mapped types then stand in for it.
        List<String> orgTypes;
        if (typeCell.isBlank()) {
            if (orgCell.blankTypes == null) {
                orgCell.blankTypes = orgTypes(memo.split(typeCell), orgs);
            }
            orgTypes = orgCell.blankTypes;
        } else {
            orgTypes = memo.orgTypes.get(typeCell);
            if (orgTypes == null) {
                orgTypes = orgTypes(memo.split(typeCell), orgs);
                memo.orgTypes.put(typeCell, orgTypes);
            }
        }
        List<Country> countries = countries(orgCell, r.get(Field.COUNTRY), soleOrgCountries, memo);
        return new NormalizedModel(id, r, r.name(), year, date, orgs.organizations(), orgs.developers(), countries,
                domains.domains(), domains.multimodal(), tasks.tasks(), tasks.groups(), orgTypes,
                number(r.get(Field.TRAINING_COMPUTE)), number(r.get(Field.PARAMETERS)), number(r.get(Field.DATASET_SIZE)));
    }

    private List<String> orgTypes(List<String> ownCell, Orgs orgs) {
        List<String> categorizations = categorizations(ownCell, orgs.organizations(), mappings);
        List<String> types = new ArrayList<>(categorizations.size());
        for (String c : categorizations) {
            types.add(mappings.orgType(c).orElse(c));
        }
        return Tags.distinct(types);
    }

    /** The countries of a model from its organisation cell and country cell, each pair worked out once. */
    private List<Country> countries(OrgCell orgCell, String countryCell, Map<String, Set<String>> soleOrgCountries,
            Memo memo) {
        if (orgCell.countries == null) {
            orgCell.countryCell = countryCell;
            orgCell.countries = countries(orgCell.orgs.organizations(), memo.splitAll(countryCell), soleOrgCountries);
            return orgCell.countries;
        }
        if (orgCell.countryCell.equals(countryCell)) {
            return orgCell.countries;
        }
        if (orgCell.otherCountries == null) {
            orgCell.otherCountries = new HashMap<>();
        }
        return orgCell.otherCountries.computeIfAbsent(countryCell,
                c -> countries(orgCell.orgs.organizations(), memo.splitAll(c), soleOrgCountries));
    }

    /**
     * A model's Epoch categorization values: its own cell when non-blank, else those its
     * (resolved) organisations have in the mappings; organisations without one add nothing.
     */
    static List<String> categorizations(List<String> ownCell, List<String> organizations, Mappings mappings) {
        if (!ownCell.isEmpty()) {
            return ownCell;
        }
        List<String> out = new ArrayList<>();
        for (String o : organizations) {
            mappings.orgCategories(o).ifPresent(out::addAll);
        }
        return Tags.distinct(out);
    }

    private Orgs orgs(List<String> organizations) {
        List<String> parents = new ArrayList<>(organizations.size());
        for (String o : organizations) {
            parents.add(mappings.parent(o));
        }
        return new Orgs(organizations, Tags.distinct(parents));
    }

    private Domains domains(List<String> rawDomains) {
        boolean multimodal = false;
        List<String> domains = new ArrayList<>();
        for (String d : rawDomains) {
            if (mappings.domainGroup(d).filter(Mappings.MULTIMODAL_MARK::equals).isPresent()) {
                multimodal = true;
            } else {
                domains.add(d);
            }
        }
        return new Domains(List.copyOf(domains), multimodal);
    }

    private Tasks tasks(List<String> tasks) {
        List<String> groups = new ArrayList<>(tasks.size());
        for (String t : tasks) {
            groups.add(mappings.taskGroup(t).orElse(t));
        }
        return new Tasks(tasks, Tags.distinct(groups));
    }

    private List<Country> countries(List<String> organizations, List<String> epochList,
            Map<String, Set<String>> soleOrgCountries) {
        // Distinct names in order of first appearance: a list, as models have a few countries at most.
        List<String> names = new ArrayList<>();
        boolean unresolved = organizations.isEmpty();
        boolean aligned = epochList.size() == organizations.size();
        for (int i = 0; i < organizations.size(); i++) {
            String org = organizations.get(i);
            var rule = mappings.orgCountries(org);
            Set<String> sole;
            if (rule.isPresent()) {
                addNew(names, rule.get());
            } else if ((sole = soleOrgCountries.get(org)) != null) {
                addNew(names, sole);
            } else if (aligned && !MULTINATIONAL.equals(epochList.get(i))) {
                addNew(names, epochList.get(i));
            } else {
                unresolved = true;
            }
        }
        if (unresolved) {
            for (String c : epochList) {
                if (!MULTINATIONAL.equals(c)) {
                    addNew(names, c);
                }
            }
        }
        Country[] out = new Country[names.size()];
        for (int i = 0; i < out.length; i++) {
            String name = names.get(i);
            Optional<Country> known = mappings.country(name);
            out[i] = known.isPresent() ? known.get() : new Country("", name, name, name);
        }
        return List.of(out);
    }

    private static void addNew(List<String> names, Iterable<String> values) {
        for (String v : values) {
            addNew(names, v);
        }
    }

    private static void addNew(List<String> names, String value) {
        if (!names.contains(value)) {
            names.add(value);
        }
    }

    /**
     * For each organisation, the countries Epoch gives for the models it developed alone; fills
     * {@code orgCells} with each record's organisation cell.
     */
    private Map<String, Set<String>> soleOrganisationCountries(List<ModelRecord> records, Memo memo, OrgCell[] orgCells) {
        Map<String, Set<String>> out = new HashMap<>();
        for (int i = 0; i < orgCells.length; i++) {
            ModelRecord r = records.get(i);
            orgCells[i] = orgCell(r.get(Field.ORGANIZATION), memo);
            List<String> orgs = orgCells[i].orgs.organizations();
            if (orgs.size() != 1) {
                continue;
            }
            String countryCell = r.get(Field.COUNTRY);
            List<String> list = memo.withoutMultinational.get(countryCell);
            if (list == null) {
                list = new ArrayList<>();
                for (String country : memo.split(countryCell)) {
                    if (!MULTINATIONAL.equals(country)) {
                        list.add(country);
                    }
                }
                list = List.copyOf(list);
                memo.withoutMultinational.put(countryCell, list);
            }
            if (!list.isEmpty()) {
                out.computeIfAbsent(orgs.get(0), k -> new LinkedHashSet<>()).addAll(list);
            }
        }
        return out;
    }

    private static int parseYear(String date) {
        int year = 0;
        for (int i = 0; i < 4; i++) {
            char c = date.charAt(i);
            if (c < '0' || c > '9') {
                return parseYearSlowly(date);
            }
            year = year * 10 + (c - '0');
        }
        return year;
    }

    private static int parseYearSlowly(String date) {
        try {
            return Integer.parseInt(date.substring(0, 4));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Excel keeps 15 significant digits of a number it reads; so do the tables. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

    /**
     * A number of the CSV as Excel reads it, to 15 significant digits: Epoch writes some FLOP values
     * with 17 ({@code 3.5999999999999997e+25}), and a workbook formula that compares against a number
     * turned into criterion text ({@code ">"&F5}) sees only 15, so both engines must hold the same value.
     */
    static Double number(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (Decimals.fewDigits(s)) {
            // At most 15 digits: rounding to 15 changes nothing, and both parsers round correctly.
            double d = Decimals.exactly(s);
            if (Double.isNaN(d)) {
                d = Double.parseDouble(s);
            }
            return Double.isFinite(d) ? d : null;
        }
        try {
            double d = new BigDecimal(s).round(EXCEL_DIGITS).doubleValue();
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
