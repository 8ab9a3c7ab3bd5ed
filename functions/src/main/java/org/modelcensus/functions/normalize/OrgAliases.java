package org.modelcensus.functions.normalize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Organisation identity across Epoch's renames, from {@code org_alias.csv} ({@code alias,organization,evidence}):
 * every lookup by organisation (countries, parents, types, developers, corrections, diff) uses the name
 * an alias resolves to, so {@code Z.ai (Zhipu AI)} keeps counting as {@code Zhipu AI}.
 *
 * <p>Example: {@code OrgAliases.builtIn().resolve("Z.ai (Zhipu AI)")} is {@code "Zhipu AI"}.
 */
public final class OrgAliases {
    /** The mapping file this class reads. */
    public static final String FILE = "org_alias.csv";

    private final Map<String, String> canonical;
    private final List<MappingFile.Row> rows;

    private OrgAliases(List<MappingFile.Row> rows) {
        Map<String, String> map = new LinkedHashMap<>();
        for (MappingFile.Row r : rows) {
            String alias = r.get("alias");
            String target = r.get("organization");
            if (alias.isEmpty() || target.isEmpty() || alias.equals(target)) {
                throw r.error("an alias row needs two different names in 'alias' and 'organization'");
            }
            if (map.putIfAbsent(alias, target) != null) {
                throw r.error("alias '" + alias + "' is listed twice");
            }
        }
        for (MappingFile.Row r : rows) {
            if (map.containsKey(r.get("organization"))) {
                throw r.error("'" + r.get("organization") + "' is itself an alias: point to the final name");
            }
        }
        this.canonical = Collections.unmodifiableMap(map);
        this.rows = List.copyOf(rows);
    }

    /** The built-in aliases. */
    public static OrgAliases builtIn() {
        return load(null);
    }

    /** The aliases of {@code overrideDir/org_alias.csv} when it exists, else the built-in ones. */
    public static OrgAliases load(Path overrideDir) {
        return new OrgAliases(MappingFile.load(overrideDir, FILE, List.of("alias", "organization", "evidence")));
    }

    /** The name an organisation is known by: the alias target, or the name itself. */
    public String resolve(String organization) {
        return canonical.getOrDefault(organization, organization);
    }

    /** Resolved, distinct organisations of a list, in order. */
    public List<String> resolveAll(List<String> organizations) {
        List<String> out = new ArrayList<>(organizations.size());
        organizations.forEach(o -> out.add(resolve(o)));
        return List.copyOf(new LinkedHashSet<>(out));
    }

    /** An {@code Organization} cell with every organisation resolved, as a set for comparison. */
    public java.util.Set<String> resolveCell(String cell) {
        return new LinkedHashSet<>(resolveAll(Tags.split(cell)));
    }

    /** Alias → organisation, in file order. */
    public Map<String, String> aliases() {
        return canonical;
    }

    List<MappingFile.Row> rows() {
        return rows;
    }
}
