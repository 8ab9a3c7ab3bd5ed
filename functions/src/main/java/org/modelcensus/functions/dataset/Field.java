package org.modelcensus.functions.dataset;

import java.util.List;

/**
 * The Epoch columns the census reads, with their header names in each schema generation. The
 * canonical name is the 2025 one; records keep every other column of the file as well.
 */
public enum Field {
    NAME("Model", "System"),
    DOMAIN("Domain"),
    TASK("Task"),
    ORGANIZATION("Organization"),
    PUBLICATION_DATE("Publication date"),
    COUNTRY("Country (of organization)", "Country (from Organization)"),
    ORGANIZATION_CATEGORIZATION("Organization categorization (from Organization)"),
    LINK("Link"),
    PARAMETERS("Parameters"),
    TRAINING_COMPUTE("Training compute (FLOP)"),
    DATASET_SIZE("Training dataset size (datapoints)"),
    HARDWARE("Training hardware"),
    CONFIDENCE("Confidence"),
    ACCESSIBILITY("Model accessibility"),
    REFERENCE("Reference");

    private final String canonical;
    private final List<String> aliases;

    Field(String canonical, String... aliases) {
        this.canonical = canonical;
        this.aliases = List.of(aliases);
    }

    /** The header name in the 2025 schema, used inside the census for every schema. */
    public String column() {
        return canonical;
    }

    /** Header names this field had in older schema generations. */
    public List<String> aliases() {
        return aliases;
    }

    /** The canonical column name for a header of any generation (unknown headers are kept as is). */
    public static String canonicalColumn(String header) {
        for (Field f : values()) {
            if (f.aliases.contains(header)) {
                return f.canonical;
            }
        }
        return header;
    }
}
