package org.modelcensus.functions.spreadsheet;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.modelcensus.functions.query.ExcelError;

/**
 * The names users may give for the values of one dimension (a country by ISO code, Korean or
 * English name; a domain by Epoch tag or report label), matched case-insensitively. A name may stand
 * for several values: a merged report group names all its Epoch tags.
 */
final class Vocabulary {
    private final String dimension;
    private final Map<String, Set<String>> valuesByName = new LinkedHashMap<>();
    private final Set<String> names = new LinkedHashSet<>();

    Vocabulary(String dimension) {
        this.dimension = dimension;
    }

    /** Lets each non-blank name stand for {@code value} (besides whatever else it already names). */
    void add(String value, Collection<String> aliases) {
        for (String name : aliases) {
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
                valuesByName.computeIfAbsent(key(name), k -> new LinkedHashSet<>()).add(value);
            }
        }
    }

    /** The values a name stands for; {@code #N/A} listing the accepted names when it names none. */
    Set<String> resolve(String name) {
        Set<String> values = valuesByName.get(key(name));
        if (values == null) {
            throw new ArgumentError(ExcelError.NA, "unknown " + dimension + " \"" + name
                    + "\"; accepted (any case): " + String.join(", ", names));
        }
        return values;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
