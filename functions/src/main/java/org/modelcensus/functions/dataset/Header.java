package org.modelcensus.functions.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The validated header of an Epoch CSV: its names as written, the canonical columns they map to,
 * its schema generation, the optional fields it lacks (by canonical name), the names no field
 * reads, and the line it is on.
 */
record Header(List<String> names, Columns columns, String generation, List<String> missingFields,
        List<String> unusedColumns, long line) {
    private static final int SUGGESTIONS = 3;

    /** Reads and checks the first record of {@code reader}: no empty or duplicate names, every required field. */
    static Header read(String source, CsvReader reader, EpochSchema schema) {
        List<String> names = reader.next().stream().map(String::strip).toList();
        long line = reader.recordLine();
        Columns columns = new Columns(canonicalNames(source, line, names, schema));
        List<String> unused = names.stream().filter(n -> schema.fieldOf(n).isEmpty()).toList();
        requireFields(source, line, columns, unused, schema);
        return new Header(names, columns, schema.generationOf(names), missingFields(columns), unused, line);
    }

    /** The name of a field as the file writes it, e.g. {@code System} for {@link Field#NAME} in 2024. */
    String nameOf(Field field) {
        return names.get(columns.indexOf(field));
    }

    private static List<String> canonicalNames(String source, long line, List<String> names, EpochSchema schema) {
        List<String> canonical = new ArrayList<>(names.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isEmpty()) {
                throw new BadInputException(source, line, i + 1, "header field " + (i + 1) + " is empty; "
                        + "every column needs a name");
            }
            String column = schema.fieldOf(names.get(i)).map(Field::column).orElse(names.get(i));
            Integer first = seen.putIfAbsent(column, i);
            if (first != null) {
                throw new BadInputException(source, line, i + 1, "duplicate column in the header: '" + names.get(i)
                        + "' (field " + (i + 1) + ") repeats '" + names.get(first) + "' (field " + (first + 1) + ")");
            }
            canonical.add(column);
        }
        return canonical;
    }

    /** Stops a header without a required field, suggesting for each the unused names similar to its names. */
    private static void requireFields(String source, long line, Columns columns, List<String> unused,
            EpochSchema schema) {
        List<String> missing = new ArrayList<>();
        List<String> similar = new ArrayList<>();
        for (Field f : Field.values()) {
            if (schema.isRequired(f) && columns.indexOf(f) < 0) {
                missing.add(f.column());
                List<String> nearest = Nearest.names(schema.headerNames(f), unused, SUGGESTIONS);
                if (!nearest.isEmpty()) {
                    similar.add(f.column() + " ~ '" + String.join("', '", nearest) + "'");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new BadInputException(source, line, 0, "unknown schema: missing required fields " + missing
                    + (similar.isEmpty() ? "" : "; nearest header names present: " + String.join("; ", similar))
                    + ". Epoch's generations " + String.join(", ", schema.generations()) + " name them as "
                    + schema.source() + " declares");
        }
    }

    private static List<String> missingFields(Columns columns) {
        List<String> missing = new ArrayList<>();
        for (Field f : Field.values()) {
            if (columns.indexOf(f) < 0) {
                missing.add(f.column());
            }
        }
        return missing;
    }
}
