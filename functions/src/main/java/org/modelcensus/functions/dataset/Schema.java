package org.modelcensus.functions.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The schema generations of Epoch's CSV, told apart by their header. */
public enum Schema {
    /** 2024: {@code System}, {@code Country (from Organization)}, ... */
    EPOCH_2024("2024", List.of("System", "Domain", "Task", "Organization", "Publication date",
            "Country (from Organization)", "Organization categorization (from Organization)")),
    /** 2025: {@code Model}, {@code Country (of organization)}, ... */
    EPOCH_2025("2025", List.of("Model", "Domain", "Task", "Organization", "Publication date",
            "Country (of organization)", "Organization categorization (from Organization)"));

    private final String label;
    private final List<String> required;

    Schema(String label, List<String> required) {
        this.label = label;
        this.required = required;
    }

    public String label() {
        return label;
    }

    /** Header names a file of this generation must have. */
    public List<String> requiredColumns() {
        return required;
    }

    /** Required columns of this generation that {@code header} lacks. */
    public List<String> missingFrom(Collection<String> header) {
        List<String> missing = new ArrayList<>();
        for (String column : required) {
            if (!header.contains(column)) {
                missing.add(column);
            }
        }
        return missing;
    }

    /**
     * The generation a header belongs to.
     *
     * @throws BadInputException naming the missing columns of the closest generation
     */
    public static Schema detect(String source, Collection<String> header) {
        Schema closest = null;
        int fewestMissing = Integer.MAX_VALUE;
        for (Schema s : values()) {
            int missing = s.missingFrom(header).size();
            if (missing == 0) {
                return s;
            }
            if (missing < fewestMissing) {
                fewestMissing = missing;
                closest = s;
            }
        }
        throw new BadInputException(source, 1, 0, "unknown schema: not an Epoch large-scale models CSV; "
                + "missing required columns " + closest.missingFrom(header) + " (closest: the "
                + closest.label + " schema)");
    }
}
