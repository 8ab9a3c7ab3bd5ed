package org.modelcensus.functions.normalize;

import org.modelcensus.functions.edition.Edition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modelcensus.functions.dataset.BadInputException;

/**
 * Every mapping table, resolved for one edition: rows scoped {@code *} apply to both editions, a
 * row scoped to the edition overrides them. Built-in tables live in {@code mappings/*.csv}; a
 * directory passed to {@link #load(Edition, Path)} may replace any of them file by file.
 */
public final class Mappings {
    /** The mark in {@code domain_group.csv} for the tag that flags multimodal models. */
    public static final String MULTIMODAL_MARK = "#MULTIMODAL";
    /** The files, in the order {@code Mappings} sheets and docs list them. */
    public static final List<String> FILES = List.of("country.csv", OrgAliases.FILE, "org_country.csv",
            "org_parent.csv", "org_type.csv", "org_category.csv", "domain_group.csv", "domain_label.csv",
            "task_group.csv", "hardware_label.csv", "rules.csv");

    private final Edition edition;
    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, List<String>> orgCountries = new HashMap<>();
    private final Map<String, String> orgParent = new HashMap<>();
    private final Map<String, String> orgLabel = new HashMap<>();
    private final Map<String, String> orgType = new LinkedHashMap<>();
    private final Map<String, List<String>> orgCategory = new HashMap<>();
    private final OrgAliases aliases;
    private final OrgCategories orgsFallback;
    private final Map<String, String> domainGroup = new LinkedHashMap<>();
    private final Map<String, String[]> domainLabel = new HashMap<>();
    private final Map<String, String> taskGroup = new LinkedHashMap<>();
    // The same rows keyed by Tags.fold: a spelling differing only in case or punctuation finds its row.
    private final Map<String, String> taskGroupFolded = new HashMap<>();
    private final Map<String, String> domainGroupFolded = new HashMap<>();
    private final Map<String, String> hardwareLabel = new HashMap<>();
    private final List<AppliedRow> applied = new ArrayList<>();
    private final Rules rules;

    /** A mapping row in force for the edition, as the workbook's {@code Mappings} sheet lists it. */
    public record AppliedRow(String file, long line, Map<String, String> values) {
    }

    private Mappings(Edition edition, Path overrideDir, OrgCategories orgsFallback) {
        this.edition = edition;
        this.orgsFallback = orgsFallback;
        this.aliases = OrgAliases.load(overrideDir);
        aliases.rows().forEach(r -> applied.add(new AppliedRow(OrgAliases.FILE, r.line(), r.record().toMap())));
        for (MappingFile.Row r : rows(overrideDir, "country.csv", "epoch_country", "code", "label_ko", "label_en")) {
            countries.put(r.get("epoch_country"), new Country(r.get("code"), r.get("label_ko"), r.get("label_en"),
                    r.get("epoch_country")));
        }
        for (MappingFile.Row r : scoped(overrideDir, "org_country.csv", "organization", "countries")) {
            List<String> list = new ArrayList<>();
            for (String c : r.get("countries").split(";")) {
                if (!c.isBlank()) {
                    if (!countries.containsKey(c.strip())) {
                        throw r.error("country '" + c.strip() + "' is not in country.csv");
                    }
                    list.add(c.strip());
                }
            }
            orgCountries.put(aliases.resolve(r.get("organization")), List.copyOf(list));
        }
        for (MappingFile.Row r : scoped(overrideDir, "org_parent.csv", "organization", "parent", "label_ko")) {
            orgParent.put(aliases.resolve(r.get("organization")), nonBlank(r, "parent"));
            if (!r.get("label_ko").isEmpty()) {
                orgLabel.put(aliases.resolve(r.get("organization")), r.get("label_ko"));
            }
        }
        for (MappingFile.Row r : scoped(overrideDir, "org_type.csv", "categorization", "label")) {
            orgType.put(r.get("categorization"), nonBlank(r, "label"));
        }
        for (MappingFile.Row r : scoped(overrideDir, "org_category.csv", "organization", "categorization", "evidence")) {
            orgCategory.put(aliases.resolve(r.get("organization")), categorizations(r));
        }
        for (MappingFile.Row r : scoped(overrideDir, "domain_group.csv", "domain", "group")) {
            domainGroup.put(r.get("domain"), nonBlank(r, "group"));
            domainGroupFolded.putIfAbsent(Tags.fold(r.get("domain")), domainGroup.get(r.get("domain")));
        }
        for (MappingFile.Row r : rows(overrideDir, "domain_label.csv", "domain", "label_ko", "short_ko")) {
            domainLabel.put(r.get("domain"), new String[] {r.get("label_ko"), r.get("short_ko")});
        }
        for (MappingFile.Row r : scoped(overrideDir, "task_group.csv", "task", "group")) {
            taskGroup.put(r.get("task"), nonBlank(r, "group"));
            taskGroupFolded.putIfAbsent(Tags.fold(r.get("task")), taskGroup.get(r.get("task")));
        }
        for (MappingFile.Row r : rows(overrideDir, "hardware_label.csv", "hardware", "label")) {
            hardwareLabel.put(r.get("hardware"), nonBlank(r, "label"));
        }
        this.rules = Rules.from(scoped(overrideDir, "rules.csv", "rule", "value"), edition);
    }

    /** The built-in mappings for an edition. */
    public static Mappings builtIn(Edition edition) {
        return new Mappings(edition, null, null);
    }

    /** Built-in mappings with any file found in {@code overrideDir} replacing its built-in twin. */
    public static Mappings load(Edition edition, Path overrideDir) {
        return new Mappings(edition, overrideDir, null);
    }

    /**
     * As {@link #load(Edition, Path)}, with organisation types from an all-models export ({@code --orgs})
     * for organisations {@code org_category.csv} does not type; {@code orgs} may be null.
     */
    public static Mappings load(Edition edition, Path overrideDir, OrgCategories orgs) {
        return new Mappings(edition, overrideDir, orgs);
    }

    /**
     * The mapping files {@code dir} replaces, in {@link #FILES} order; a missing directory or a CSV
     * whose name is not a mapping file (a misspelling would otherwise leave the built-in in force) is an error.
     */
    public static List<String> overrides(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir.toString(), 0, 0,
                    "--mappings: no such directory");
        }
        List<String> unknown = MappingFile.csvNames(dir).stream().filter(n -> !FILES.contains(n)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new BadInputException(dir.toString(), 0, 0, "--mappings: "
                    + String.join(", ", unknown) + " is not a mapping file; the names are " + String.join(", ", FILES));
        }
        return FILES.stream().filter(n -> Files.isRegularFile(dir.resolve(n))).toList();
    }

    /** The categorizations of an {@code org_category.csv} row, each one {@code org_type.csv} knows. */
    private List<String> categorizations(MappingFile.Row r) {
        List<String> out = new ArrayList<>();
        for (String c : nonBlank(r, "categorization").split(";")) {
            if (!c.isBlank() && !orgType.containsKey(c.strip())) {
                throw r.error("categorization '" + c.strip() + "' is not in org_type.csv (known: " + orgType.keySet() + ")");
            }
            if (!c.isBlank()) {
                out.add(c.strip());
            }
        }
        return List.copyOf(out);
    }

    private List<MappingFile.Row> rows(Path dir, String file, String... required) {
        List<MappingFile.Row> rows = MappingFile.load(dir, file, List.of(required));
        rows.forEach(r -> applied.add(new AppliedRow(file, r.line(), r.record().toMap())));
        return rows;
    }

    /** Rows in scope, edition-specific rows after {@code *} rows so that they win. */
    private List<MappingFile.Row> scoped(Path dir, String file, String... required) {
        List<String> columns = new ArrayList<>(List.of(required));
        columns.add(0, "scope");
        List<MappingFile.Row> general = new ArrayList<>();
        List<MappingFile.Row> specific = new ArrayList<>();
        for (MappingFile.Row r : MappingFile.load(dir, file, columns)) {
            if ("*".equals(r.get("scope"))) {
                general.add(r);
            } else if (edition.inScope(r.get("scope"))) {
                specific.add(r);
            }
        }
        general.addAll(specific);
        general.forEach(r -> applied.add(new AppliedRow(file, r.line(), r.record().toMap())));
        return general;
    }

    private static String nonBlank(MappingFile.Row r, String column) {
        String v = r.get(column);
        if (v.isEmpty()) {
            throw r.error("column '" + column + "' is empty");
        }
        return v;
    }

    public Edition edition() {
        return edition;
    }

    public Rules rules() {
        return rules;
    }

    /** The country for an Epoch country name. */
    public Optional<Country> country(String epochName) {
        return Optional.ofNullable(countries.get(epochName));
    }

    public Map<String, Country> countries() {
        return Collections.unmodifiableMap(countries);
    }

    /** The countries an organisation counts under by rule (empty list: it counts nowhere), if a rule exists. */
    public Optional<List<String>> orgCountries(String organization) {
        return Optional.ofNullable(orgCountries.get(organization));
    }

    /** The parent developer an organisation rolls up to (itself when unmapped). */
    public String parent(String organization) {
        return orgParent.getOrDefault(organization, organization);
    }

    public boolean hasParentRule(String organization) {
        return orgParent.containsKey(organization);
    }

    /** The Korean label of an organisation for model lists (its own name when it has none). */
    public String orgLabel(String organization) {
        return orgLabel.getOrDefault(organization, organization);
    }

    /** The name an Epoch organisation is known by after {@code org_alias.csv} (itself when not an alias). */
    public String organization(String epochName) {
        return aliases.resolve(epochName);
    }

    public OrgAliases aliases() {
        return aliases;
    }

    /**
     * Epoch categorization values of an organisation (a resolved name) for models whose snapshot has
     * none: {@code org_category.csv} first, then the {@code --orgs} export.
     */
    public Optional<List<String>> orgCategories(String organization) {
        List<String> mapped = orgCategory.get(organization);
        if (mapped != null || orgsFallback == null) {
            return Optional.ofNullable(mapped);
        }
        return orgsFallback.of(organization);
    }

    /** The report label of an organisation categorization, if mapped. */
    public Optional<String> orgType(String categorization) {
        return Optional.ofNullable(orgType.get(categorization));
    }

    /** The report group of a raw Epoch domain tag ({@link #MULTIMODAL_MARK} for the multimodal tag), if mapped. */
    /** The group of a raw domain tag, if mapped: as spelt, else case- and punctuation-insensitively. */
    public Optional<String> domainGroup(String domain) {
        String g = domainGroup.get(domain);
        return Optional.ofNullable(g != null ? g : domainGroupFolded.get(Tags.fold(domain)));
    }

    /** Full Korean label of a raw domain, e.g. {@code 언어(Language)}; the tag itself when unmapped. */
    public String domainLabel(String domain) {
        String[] l = domainLabel.get(domain);
        return l == null || l[0].isEmpty() ? domain : l[0];
    }

    /** Whether a raw domain has a Korean label in {@code domain_label.csv}. */
    public boolean hasDomainLabel(String domain) {
        String[] l = domainLabel.get(domain);
        return l != null && !l[0].isEmpty();
    }

    /** Short Korean label of a raw domain, e.g. {@code 언어}; the tag itself when unmapped. */
    public String domainShortLabel(String domain) {
        String[] l = domainLabel.get(domain);
        return l == null || l[1].isEmpty() ? domain : l[1];
    }

    /** The report group of a raw Epoch task tag, if mapped. */
    public Optional<String> taskGroup(String task) {
        String g = taskGroup.get(task);
        return Optional.ofNullable(g != null ? g : taskGroupFolded.get(Tags.fold(task)));
    }

    /**
     * The report's name for a training hardware cell: its {@code hardware_label.csv} label, else each
     * value of a multi-valued cell labelled ({@code ", "}-joined) when any has a label, else the cell itself.
     */
    public String hardwareLabel(String hardware) {
        String whole = hardwareLabel.get(hardware);
        if (whole != null) {
            return whole;
        }
        List<String> parts = Tags.split(hardware);
        if (parts.size() < 2 || parts.stream().noneMatch(hardwareLabel::containsKey)) {
            return hardware;
        }
        return String.join(", ", parts.stream().map(p -> hardwareLabel.getOrDefault(p, p)).toList());
    }

    /** Whether a single hardware value has a {@code hardware_label.csv} row. */
    public boolean hasHardwareLabel(String hardware) {
        return hardwareLabel.containsKey(hardware);
    }

    /** Every mapping row in force for this edition, file by file. */
    public List<AppliedRow> appliedRows() {
        return Collections.unmodifiableList(applied);
    }
}
