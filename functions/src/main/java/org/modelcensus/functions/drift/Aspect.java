package org.modelcensus.functions.drift;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.modelcensus.functions.dataset.Field;
import org.modelcensus.functions.normalize.Country;
import org.modelcensus.functions.normalize.DataTables;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.normalize.NormalizedModel;
import org.modelcensus.functions.query.Count;
import org.modelcensus.functions.query.Filter;
import org.modelcensus.functions.report.ComputedCell;

/** What a count filters on, and so which of a model's values can move it in or out. */
enum Aspect {
    YEAR, COUNTRIES, DOMAINS, TASKS, ORG_TYPES, DEVELOPERS, COMPUTE;

    static Set<Aspect> of(Count c) {
        Set<Aspect> out = new LinkedHashSet<>();
        Aspect table = ofTable(c.table());
        if (table != null) {
            out.add(table);
        }
        for (Filter f : c.filters()) {
            Aspect a = ofColumn(c.table(), f.column());
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    private static Aspect ofTable(String table) {
        return switch (table) {
            case DataTables.COUNTRIES -> COUNTRIES;
            case DataTables.DOMAINS -> DOMAINS;
            case DataTables.TASKS -> TASKS;
            case DataTables.ORG_TYPES -> ORG_TYPES;
            case DataTables.DEVELOPERS -> DEVELOPERS;
            default -> null;
        };
    }

    private static Aspect ofColumn(String table, String column) {
        return switch (column) {
            case DataTables.YEAR -> YEAR;
            case DataTables.MULTIMODAL -> DOMAINS;
            case DataTables.JOINT -> DEVELOPERS;
            case DataTables.N_TASKS, DataTables.HAS_TASK -> TASKS;
            case DataTables.FLOP -> COMPUTE;
            default -> ofTable(table);
        };
    }

    /** The raw fields this aspect is normalized from. */
    List<Field> fields() {
        return switch (this) {
            case YEAR -> List.of(Field.PUBLICATION_DATE);
            case COUNTRIES -> List.of(Field.ORGANIZATION, Field.COUNTRY);
            case DOMAINS -> List.of(Field.DOMAIN);
            case TASKS -> List.of(Field.TASK);
            case ORG_TYPES -> List.of(Field.ORGANIZATION, Field.ORGANIZATION_CATEGORIZATION);
            case DEVELOPERS -> List.of(Field.ORGANIZATION);
            case COMPUTE -> List.of(Field.TRAINING_COMPUTE);
        };
    }

    /** The normalized value of a model that the tables count by, as text. */
    String value(NormalizedModel m, NormalizedDataset data) {
        return switch (this) {
            case YEAR -> m.year() == 0 ? "undated" : Integer.toString(m.year());
            case COUNTRIES -> String.join(", ", m.countries().stream().map(Country::labelKo).toList());
            case DOMAINS -> String.join(", ", m.domains().stream()
                    .map(d -> data.mappings().domainGroup(d).orElse(d)).toList()) + (m.multimodal() ? " + multimodal" : "");
            case TASKS -> String.join(", ", m.taskGroups());
            case ORG_TYPES -> String.join(", ", m.orgTypes());
            case DEVELOPERS -> String.join(", ", m.developers());
            case COMPUTE -> m.trainingCompute() == null ? "" : ComputedCell.format(m.trainingCompute());
        };
    }

    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
