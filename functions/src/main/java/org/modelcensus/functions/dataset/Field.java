package org.modelcensus.functions.dataset;

/**
 * The Epoch columns the census reads, as handles for code. Their header names in each schema
 * generation, and whether a file must have them, are data: see {@link EpochSchema}. Records keep
 * every other column of the file as well.
 */
public enum Field {
    NAME,
    DOMAIN,
    TASK,
    ORGANIZATION,
    PUBLICATION_DATE,
    COUNTRY,
    ORGANIZATION_CATEGORIZATION,
    LINK,
    PARAMETERS,
    TRAINING_COMPUTE,
    DATASET_SIZE,
    HARDWARE,
    CONFIDENCE,
    ACCESSIBILITY,
    REFERENCE;

    /** The column name used inside the census for every schema generation: the 2025 header name, e.g. {@code Model}. */
    public String column() {
        return EpochSchema.builtIn().columnOf(this);
    }

    /** The canonical column for a header name of any generation (unknown names are kept as they are). */
    public static String canonicalColumn(String header) {
        return EpochSchema.builtIn().fieldOf(header).map(Field::column).orElse(header);
    }
}
