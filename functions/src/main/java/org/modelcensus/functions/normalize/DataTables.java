package org.modelcensus.functions.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.modelcensus.functions.dataset.Parallel;
import org.modelcensus.functions.dataset.Field;
import org.modelcensus.functions.query.LongTable;

/**
 * The normalized data as tables: {@code Models} (one row per model) and the long tables
 * {@code Countries}, {@code Domains}, {@code Tasks}, {@code OrgTypes} and {@code Developers} (one
 * row per model and value, de-duplicated and mapped to report groups), so that every report count
 * is an exact-match count of rows. The names are the Excel Table names of the workbook.
 */
public final class DataTables {
    public static final String MODELS = "Models";
    public static final String COUNTRIES = "Countries";
    public static final String DOMAINS = "Domains";
    public static final String TASKS = "Tasks";
    public static final String ORG_TYPES = "OrgTypes";
    public static final String DEVELOPERS = "Developers";

    public static final String ID = "Id";
    public static final String YEAR = "Year";
    public static final String NAME = "Name";
    public static final String COUNTRY = "Country";
    public static final String CODE = "Code";
    public static final String MULTI = "Multi";
    public static final String DOMAIN = "Domain";
    public static final String GROUP = "Group";
    public static final String FIRST = "FirstInGroup";
    public static final String TASK = "Task";
    public static final String ORG_TYPE = "OrgType";
    public static final String DEVELOPER = "Developer";
    public static final String NATIONALITY = "Nationality";
    public static final String DEV_ID = "DevId";
    public static final String MULTIMODAL = "Multimodal";
    public static final String N_TASKS = "NTasks";
    public static final String HAS_TASK = "HasTask";
    public static final String JOINT = "Joint";
    public static final String FLOP = "FLOP";
    /** Numeric ids of the texts counted by: Excel cannot take a text over 255 characters as a criterion. */
    public static final String COUNTRY_ID = "CountryId";
    public static final String GROUP_ID = "GroupId";
    public static final String ORG_TYPE_ID = "OrgTypeId";
    private static final Map<String, String> ID_COLUMNS = Map.of(COUNTRY, COUNTRY_ID, GROUP, GROUP_ID,
            ORG_TYPE, ORG_TYPE_ID);

    /** Columns of {@code Models}; the first ones are the normalized fields, the rest raw Epoch fields. */
    public static final List<String> MODEL_COLUMNS = List.of(ID, NAME, YEAR, "Date", "Organization", "Developers",
            "LeadDeveloper", "Countries", "CountryCodes", "MultiCountry", "Domains", "DomainLabels", "DomainShort",
            MULTIMODAL, "MultimodalMark", "Tasks", "TaskGroups", N_TASKS, HAS_TASK, "NDevelopers", JOINT, "OrgTypes",
            FLOP, "Parameters", "DatasetSize", "Hardware", "HardwareLabel", "Link", "Confidence", "Accessibility");

    private DataTables() {
    }

    /** The column holding the numeric id of a counted text column, e.g. {@code CountryId} for {@code Country}. */
    public static String idColumn(String textColumn) {
        String id = ID_COLUMNS.get(textColumn);
        if (id == null) {
            throw new IllegalArgumentException("the column " + textColumn + " has no id column");
        }
        return id;
    }

    /**
     * What {@link #build} makes of a model's lists and of a model alone, kept for the next build with the same
     * mappings: the datasets of a check's worlds share most models and, through the normalizer's memo, their lists.
     * Keyed by identity; one build at a time (within one, the {@code Models} table's thread uses the texts and
     * model rows, the long tables' thread the domain and task rows).
     */
    static final class Cache {
        private final Texts texts;
        private final Map<List<String>, Object[][]> domainRows = new IdentityHashMap<>();
        private final Map<List<String>, Object[][]> taskRows = new IdentityHashMap<>();
        /**
         * {@code Models} rows by model: a row depends on the model and the mappings alone, and is never changed.
         * Null in a cache for one build, which would only fill it.
         */
        private final Map<NormalizedModel, Object[]> modelRows;

        private Cache(Mappings mappings, boolean keepModelRows) {
            this.texts = new Texts(mappings);
            this.modelRows = keepModelRows ? new IdentityHashMap<>() : null;
        }

        /** What one build keeps for itself: the texts and the rows of each list of domains and tasks. */
        static Cache forOneBuild(Mappings mappings) {
            return new Cache(mappings, false);
        }

        /** What builds for the datasets of one remembering normalizer share: also the {@code Models} rows. */
        static Cache forBuilds(Mappings mappings) {
            return new Cache(mappings, true);
        }
    }

    /** From this many models on, the {@code Models} table is built on another core beside the long tables. */
    static final int PARALLEL_MODELS = 20_000;

    static Map<String, LongTable> build(List<NormalizedModel> models, Mappings mappings, Cache cache) {
        // One boxed id and year per model, shared by all its rows in every table.
        Integer[] ids = new Integer[models.size()];
        Integer[] years = new Integer[models.size()];
        for (int i = 0; i < ids.length; i++) {
            NormalizedModel n = models.get(i);
            ids[i] = n.id();
            years[i] = box(n.year());
        }
        LongTable m;
        LongTable[] longTables;
        if (models.size() < PARALLEL_MODELS) {
            m = modelsTable(models, ids, years, mappings, cache);
            longTables = longTables(models, ids, years, mappings, cache);
        } else {
            // The two read the same models and share nothing else; each fills its tables in model order.
            CompletableFuture<LongTable> modelsTable = CompletableFuture.supplyAsync(
                    () -> modelsTable(models, ids, years, mappings, cache));
            longTables = longTables(models, ids, years, mappings, cache);
            m = Parallel.join(modelsTable);
        }
        Map<String, LongTable> out = new LinkedHashMap<>();
        out.put(m.name(), m);
        for (LongTable t : longTables) {
            out.put(t.name(), t);
        }
        return out;
    }

    private static LongTable modelsTable(List<NormalizedModel> models, Integer[] ids, Integer[] years,
            Mappings mappings, Cache cache) {
        LongTable m = new LongTable(MODELS, MODEL_COLUMNS, models.size());
        // Without rows to remember, one array is filled for every row (the table copies it).
        Object[] buffer = cache.modelRows == null ? new Object[MODEL_COLUMNS.size()] : null;
        for (int i = 0; i < ids.length; i++) {
            NormalizedModel n = models.get(i);
            Object[] row = cache.modelRows == null ? null : cache.modelRows.get(n);
            if (row == null) {
                row = modelRow(n, ids[i], years[i], mappings, cache.texts,
                        buffer != null ? buffer : new Object[MODEL_COLUMNS.size()]);
                if (cache.modelRows != null) {
                    cache.modelRows.put(n, row);
                }
            }
            m.add(row);
        }
        return m;
    }

    /**
     * {@code Countries}, {@code Domains}, {@code Tasks}, {@code OrgTypes} and {@code Developers}, each filled by a
     * pass of its own over the models (five small loops rather than one large one, each quick for the JIT).
     */
    private static LongTable[] longTables(List<NormalizedModel> models, Integer[] ids, Integer[] years,
            Mappings mappings, Cache cache) {
        return new LongTable[] {countries(models, ids, years),
            grouped(DOMAINS, DOMAIN, models, ids, years, NormalizedModel::domains, mappings::domainGroup, cache.domainRows),
            grouped(TASKS, TASK, models, ids, years, NormalizedModel::tasks, mappings::taskGroup, cache.taskRows),
            orgTypes(models, ids, years), developers(models, ids, years, mappings)};
    }

    /** The rows of a long table with a row per value of {@code values}: its room is made at once, and no more. */
    private static int rows(List<NormalizedModel> models, Function<NormalizedModel, ? extends List<?>> values) {
        int rows = 0;
        for (NormalizedModel n : models) {
            rows += values.apply(n).size();
        }
        return rows;
    }

    private static LongTable countries(List<NormalizedModel> models, Integer[] ids, Integer[] years) {
        LongTable countries = new LongTable(COUNTRIES, List.of(ID, YEAR, COUNTRY, CODE, MULTI, COUNTRY_ID),
                rows(models, NormalizedModel::countries));
        Ids countryIds = new Ids();
        Object[] row = new Object[6];
        for (int i = 0; i < ids.length; i++) {
            List<Country> list = models.get(i).countries();
            row[0] = ids[i];
            row[1] = years[i];
            row[4] = list.size() > 1 ? 1 : 0;
            for (int k = 0; k < list.size(); k++) {
                Country c = list.get(k);
                row[2] = c.labelKo();
                row[3] = c.code();
                row[5] = countryIds.of(c.labelKo());
                countries.add(row);
            }
        }
        return countries;
    }

    /**
     * {@code Domains} or {@code Tasks}: a row per tag of a model with its report group ({@code group} of the
     * tag, else the tag itself) and {@code FirstInGroup}; the rows of each list of tags made once.
     */
    private static LongTable grouped(String name, String tagColumn, List<NormalizedModel> models, Integer[] ids,
            Integer[] years, Function<NormalizedModel, List<String>> tagsOf, Function<String, Optional<String>> group,
            Map<List<String>, Object[][]> rowsOfTags) {
        LongTable table = new LongTable(name, List.of(ID, YEAR, tagColumn, GROUP, FIRST, GROUP_ID), rows(models, tagsOf));
        Ids groupIds = new Ids();
        Object[] row = new Object[6];
        for (int i = 0; i < ids.length; i++) {
            List<String> tags = tagsOf.apply(models.get(i));
            Object[][] rows = rowsOfTags.get(tags);
            if (rows == null) {
                rows = grouped(tags, group);
                rowsOfTags.put(tags, rows);
            }
            row[0] = ids[i];
            row[1] = years[i];
            for (Object[] g : rows) {
                row[2] = g[0];
                row[3] = g[1];
                row[4] = g[2];
                row[5] = groupIds.of((String) g[1]);
                table.add(row);
            }
        }
        return table;
    }

    private static LongTable orgTypes(List<NormalizedModel> models, Integer[] ids, Integer[] years) {
        LongTable orgTypes = new LongTable(ORG_TYPES, List.of(ID, YEAR, ORG_TYPE, ORG_TYPE_ID),
                rows(models, NormalizedModel::orgTypes));
        Ids typeIds = new Ids();
        Object[] row = new Object[4];
        for (int i = 0; i < ids.length; i++) {
            List<String> types = models.get(i).orgTypes();
            row[0] = ids[i];
            row[1] = years[i];
            for (int k = 0; k < types.size(); k++) {
                row[2] = types.get(k);
                row[3] = typeIds.of(types.get(k));
                orgTypes.add(row);
            }
        }
        return orgTypes;
    }

    private static LongTable developers(List<NormalizedModel> models, Integer[] ids, Integer[] years, Mappings mappings) {
        Map<String, String> nationality = developerNationality(models, mappings);
        LongTable developers = new LongTable(DEVELOPERS, List.of(ID, YEAR, DEVELOPER, DEV_ID, NATIONALITY, JOINT),
                rows(models, NormalizedModel::developers));
        Map<String, Integer> devIds = new HashMap<>();
        Object[] row = new Object[6];
        for (int i = 0; i < ids.length; i++) {
            List<String> list = models.get(i).developers();
            row[0] = ids[i];
            row[1] = years[i];
            row[5] = list.size() > 1 ? 1 : 0;
            for (int k = 0; k < list.size(); k++) {
                String d = list.get(k);
                Integer devId = devIds.get(d);
                if (devId == null) {
                    devId = devIds.size() + 1;
                    devIds.put(d, devId);
                }
                String nation = nationality.get(d);
                row[2] = d;
                row[3] = devId;
                row[4] = nation == null ? "" : nation;
                developers.add(row);
            }
        }
        return developers;
    }

    /** Boxed whole numbers below {@link #BOXES}, one object each, made on first use. */
    private static final int BOXES = 4096;
    private static final Integer[] BOXED = new Integer[BOXES];

    /**
     * {@code value} boxed, one shared object per year: every count reads the {@code Year} cell of every
     * row it indexes, and one object per row would be a cache miss per row (and 16 bytes of heap).
     * Two threads may each make a box; either one is equal, and {@link Integer}'s value is final.
     */
    private static Integer box(int value) {
        if (value < 0 || value >= BOXES) {
            return value;
        }
        Integer boxed = BOXED[value];
        if (boxed == null) {
            boxed = value;
            BOXED[value] = boxed;
        }
        return boxed;
    }

    /**
     * Numbers texts 1, 2, ... in order of first appearance, one boxed id per text; texts equal but
     * for case share an id, as they match the same text criterion.
     */
    private static final class Ids {
        private final Map<String, Integer> ids = new HashMap<>();
        /** The id of each text as given: most rows repeat a text, so its lower case is made once. */
        private final Map<String, Integer> byText = new HashMap<>();

        Integer of(String text) {
            Integer id = byText.get(text);
            if (id == null) {
                id = ids.computeIfAbsent(text.toLowerCase(java.util.Locale.ROOT), k -> ids.size() + 1);
                byText.put(text, id);
            }
            return id;
        }
    }

    /**
     * Tag, group and {@code FirstInGroup} (1 on the first tag of each group of the model) per raw tag; a tag
     * without a group is its own group.
     */
    private static Object[][] grouped(List<String> tags, Function<String, Optional<String>> group) {
        Set<String> seen = new HashSet<>();
        Object[][] rows = new Object[tags.size()][];
        for (int i = 0; i < rows.length; i++) {
            String tag = tags.get(i);
            String g = group.apply(tag).orElse(tag);
            rows[i] = new Object[] {tag, g, seen.add(g) ? 1 : 0};
        }
        return rows;
    }

    /** The {@code Models} row of a model, in {@link #MODEL_COLUMNS} order, written into {@code row}. */
    private static Object[] modelRow(NormalizedModel n, Integer id, Integer year, Mappings mappings, Texts texts,
            Object[] row) {
        var r = n.record();
        String hardware = r.get(Field.HARDWARE).strip();
        String[] orgs = texts.organizations(n);
        String[] domains = texts.domains(n.domains());
        String[] tasks = texts.tasks(n);
        String[] countries = texts.countries(n.countries());
        row[0] = id;
        row[1] = n.name();
        row[2] = n.year() == 0 ? null : year;
        row[3] = n.date();
        row[4] = orgs[0];
        row[5] = orgs[1];
        row[6] = orgs[2];
        row[7] = countries[0];
        row[8] = countries[1];
        row[9] = n.multiCountry() ? 1 : 0;
        row[10] = domains[0];
        row[11] = domains[1];
        row[12] = domains[2];
        row[13] = n.multimodal() ? 1 : 0;
        row[14] = n.multimodal() ? "O" : "";
        row[15] = tasks[0];
        row[16] = tasks[1];
        row[17] = n.taskGroups().size();
        row[18] = n.hasTask() ? 1 : 0;
        row[19] = n.developers().size();
        row[20] = n.joint() ? 1 : 0;
        row[21] = texts.orgTypes(n.orgTypes());
        row[22] = n.trainingCompute();
        row[23] = n.parameters();
        row[24] = n.datasetSize();
        row[25] = hardware;
        row[26] = texts.hardwareLabel(hardware);
        row[27] = r.get(Field.LINK).strip();
        row[28] = r.get(Field.CONFIDENCE).strip();
        row[29] = r.get(Field.ACCESSIBILITY).strip();
        return row;
    }

    /**
     * The joined texts of the {@code Models} columns, made once per list: normalization shares one
     * list among all models with the same cell, so caching by identity saves most joins; the texts
     * made from one list (organisations, developers and lead label; domains and their labels; tasks
     * and their groups' labels; country labels and codes) come with one lookup.
     */
    private static final class Texts {
        private final Mappings mappings;
        private final Map<List<String>, String[]> organizations = new IdentityHashMap<>();
        private final Map<List<String>, String[]> domains = new IdentityHashMap<>();
        private final Map<List<String>, String[]> tasks = new IdentityHashMap<>();
        private final Map<List<Country>, String[]> countries = new IdentityHashMap<>();
        private final Map<List<String>, String> orgTypes = new IdentityHashMap<>();
        private final Map<String, String> hardwareLabels = new HashMap<>();
        private final Map<String, String> shortLabels = new HashMap<>();

        Texts(Mappings mappings) {
            this.mappings = mappings;
        }

        /** Organisations, developers (both derived from one organisation cell) and the lead organisation's label. */
        String[] organizations(NormalizedModel n) {
            String[] known = organizations.get(n.organizations());
            if (known == null) {
                known = new String[] {join(n.organizations()), join(n.developers()),
                    n.organizations().isEmpty() ? "" : mappings.orgLabel(n.organizations().get(0))};
                organizations.put(n.organizations(), known);
            }
            return known;
        }

        String[] domains(List<String> list) {
            String[] known = domains.get(list);
            if (known == null) {
                known = new String[] {join(list), domainList(list, mappings::domainLabel),
                    domainList(list, mappings::domainShortLabel)};
                domains.put(list, known);
            }
            return known;
        }

        /** Tasks and their groups' short labels (the groups derive from the tasks). */
        String[] tasks(NormalizedModel n) {
            String[] known = tasks.get(n.tasks());
            if (known == null) {
                List<String> labels = new ArrayList<>(n.taskGroups().size());
                for (String g : n.taskGroups()) {
                    labels.add(shortLabels.computeIfAbsent(g, DataTables::shortLabel));
                }
                known = new String[] {join(n.tasks()), join(labels)};
                tasks.put(n.tasks(), known);
            }
            return known;
        }

        String[] countries(List<Country> list) {
            String[] known = countries.get(list);
            if (known == null) {
                List<String> labels = new ArrayList<>(list.size());
                List<String> codes = new ArrayList<>(list.size());
                for (Country c : list) {
                    labels.add(c.labelKo());
                    codes.add(c.code());
                }
                known = new String[] {join(labels), join(codes)};
                countries.put(list, known);
            }
            return known;
        }

        /** The label of a training hardware cell (a few dozen distinct ones: most models repeat them). */
        String hardwareLabel(String hardware) {
            String known = hardwareLabels.get(hardware);
            if (known == null) {
                known = mappings.hardwareLabel(hardware);
                hardwareLabels.put(hardware, known);
            }
            return known;
        }

        String orgTypes(List<String> list) {
            String known = orgTypes.get(list);
            if (known == null) {
                known = join(list);
                orgTypes.put(list, known);
            }
            return known;
        }

        /** The values joined by {@code ", "}; a single value is its own text (no copy of it is kept). */
        private static String join(List<String> values) {
            return values.size() == 1 ? values.get(0) : String.join(", ", values);
        }
    }

    /** Distinct labels of the domains, Language first (as the reports list them), then Epoch's order. */
    private static String domainList(List<String> domains, java.util.function.Function<String, String> label) {
        List<String> ordered = new ArrayList<>(domains);
        ordered.sort(Comparator.comparing(d -> "Language".equals(d) ? 0 : 1));
        Set<String> labels = new LinkedHashSet<>();
        ordered.forEach(d -> labels.add(label.apply(d)));
        return String.join(", ", labels);
    }

    /** A report group label without its English part: {@code 채팅(Chat)} → {@code 채팅}. */
    public static String shortLabel(String groupLabel) {
        int paren = groupLabel.indexOf('(');
        return paren > 0 && groupLabel.endsWith(")") ? groupLabel.substring(0, paren).strip() : groupLabel;
    }

    /**
     * A developer's nationality: the Korean label of the country most of its models count under
     * when it is their only developer (ties: first seen), else over all its models.
     */
    private static Map<String, String> developerNationality(List<NormalizedModel> models, Mappings mappings) {
        Map<String, Map<String, int[]>> solo = new HashMap<>();
        Map<String, Map<String, int[]>> all = new HashMap<>();
        for (NormalizedModel n : models) {
            List<Country> countries = n.countries();
            if (countries.isEmpty()) {
                continue;
            }
            List<String> developers = n.developers();
            for (int i = 0; i < developers.size(); i++) {
                String d = developers.get(i);
                Map<String, int[]> allOfD = all.computeIfAbsent(d, k -> new LinkedHashMap<>());
                Map<String, int[]> soloOfD = n.joint() ? null : solo.computeIfAbsent(d, k -> new LinkedHashMap<>());
                for (int k = 0; k < countries.size(); k++) {
                    String label = countries.get(k).labelKo();
                    allOfD.computeIfAbsent(label, x -> new int[1])[0]++;
                    if (soloOfD != null) {
                        soloOfD.computeIfAbsent(label, x -> new int[1])[0]++;
                    }
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        all.forEach((d, counts) -> out.put(d, mostCommon(solo.getOrDefault(d, counts))));
        return out;
    }

    private static String mostCommon(Map<String, int[]> counts) {
        String best = "";
        int max = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue()[0] > max) {
                best = e.getKey();
                max = e.getValue()[0];
            }
        }
        return best;
    }
}
