package org.modelcensus.functions.normalize;

import org.modelcensus.functions.edition.Edition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counting rules of {@code rules.csv}: how merged domain and task groups count, how the number
 * of tasks is measured. Each rule accepts a fixed set of values; anything else is an error.
 */
public record Rules(boolean domainGroupsSummed, boolean taskGroupsSummed, boolean nTasksByGroup) {
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "domain_merge_count", Set.of("sum", "distinct"),
            "task_merge_count", Set.of("sum", "distinct"),
            "n_tasks", Set.of("distinct_groups", "distinct_raw"),
            "multimodal", Set.of("domain_tag"),
            "joint", Set.of("distinct_parents"),
            "country_rank", Set.of("competition_by_total"));

    static Rules from(List<MappingFile.Row> rows, Edition edition) {
        Map<String, String> values = new HashMap<>();
        for (MappingFile.Row row : rows) {
            if (!edition.inScope(row.get("scope"))) {
                continue;
            }
            String rule = row.get("rule");
            Set<String> allowed = ALLOWED.get(rule);
            if (allowed == null) {
                throw row.error("unknown rule '" + rule + "'; known: " + ALLOWED.keySet());
            }
            if (!allowed.contains(row.get("value"))) {
                throw row.error("rule " + rule + " takes one of " + allowed + ", not '" + row.get("value") + "'");
            }
            values.put(rule, row.get("value"));
        }
        return new Rules(
                "sum".equals(values.getOrDefault("domain_merge_count", "sum")),
                "sum".equals(values.getOrDefault("task_merge_count", "distinct")),
                "distinct_groups".equals(values.getOrDefault("n_tasks", "distinct_groups")));
    }
}
