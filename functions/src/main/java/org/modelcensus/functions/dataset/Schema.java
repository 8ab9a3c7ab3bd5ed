package org.modelcensus.functions.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
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

    private String nameColumn() {
        return required.get(0);
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
     * The generation a header belongs to. A header with a generation's model-name column but not all
     * its other columns is missing columns; one with neither name column is of an unknown schema.
     *
     * @throws BadInputException naming the missing columns of the closest generation
     */
    static Schema detect(String source, long line, Collection<String> header) {
        Schema closest = Arrays.stream(values())
                .min(Comparator.comparing((Schema s) -> !header.contains(s.nameColumn()))
                        .thenComparingInt(s -> s.missingFrom(header).size()))
                .orElseThrow();
        if (closest.missingFrom(header).isEmpty()) {
            return closest;
        }
        String missing = "missing required columns " + closest.missingFrom(header);
        if (header.contains(closest.nameColumn())) {
            throw new BadInputException(source, line, 0, missing + " of Epoch's " + closest.label + " schema");
        }
        throw new BadInputException(source, line, 0, "unknown schema: not an Epoch large-scale AI models CSV; "
                + missing + " (closest: the " + closest.label + " schema)");
    }
}
