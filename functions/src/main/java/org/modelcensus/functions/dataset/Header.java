package org.modelcensus.functions.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The validated header of an Epoch CSV: its names as written, the canonical columns they map to,
 * its schema generation and the line it is on.
 */
record Header(List<String> names, Columns columns, Schema schema, long line) {

    /** Reads and checks the first record of {@code reader}: no empty or duplicate names, a known schema. */
    static Header read(String source, CsvReader reader) {
        List<String> raw = reader.next();
        long line = reader.recordLine();
        List<String> names = new ArrayList<>(raw.size());
        raw.forEach(name -> names.add(name.strip()));
        List<String> canonical = canonicalNames(source, line, names);
        return new Header(names, new Columns(canonical), Schema.detect(source, line, names), line);
    }

    /** The name of a field as the file writes it, e.g. {@code System} for {@link Field#NAME} in 2024. */
    String nameOf(Field field) {
        return names.get(columns.indexOf(field.column()));
    }

    private static List<String> canonicalNames(String source, long line, List<String> names) {
        List<String> canonical = new ArrayList<>(names.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isEmpty()) {
                throw new BadInputException(source, line, i + 1, "header field " + (i + 1) + " is empty; "
                        + "every column needs a name");
            }
            String column = Field.canonicalColumn(names.get(i));
            Integer first = seen.putIfAbsent(column, i);
            if (first != null) {
                throw new BadInputException(source, line, i + 1, "duplicate column in the header: '" + names.get(i)
                        + "' (field " + (i + 1) + ") repeats '" + names.get(first) + "' (field " + (first + 1) + ")");
            }
            canonical.add(column);
        }
        return canonical;
    }
}
