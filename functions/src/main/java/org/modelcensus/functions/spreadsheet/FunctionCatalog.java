package org.modelcensus.functions.spreadsheet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.modelcensus.functions.normalize.NormalizedDataset;

/**
 * Every spreadsheet function, bound to one normalized dataset, in a stable order (the order of the
 * add-in metadata and the function reference). Immutable and safe to share between threads.
 *
 * <p>Example: {@code FunctionCatalog.of(data).find("CAGR").orElseThrow().call(List.of(2.0, 122.0, 4.0))}
 */
public final class FunctionCatalog {
    private final List<SpreadsheetFunction> functions;

    private FunctionCatalog(List<SpreadsheetFunction> functions) {
        this.functions = List.copyOf(functions);
    }

    /** The catalogue over a dataset; the filter vocabularies come from its edition's mappings and its values. */
    public static FunctionCatalog of(NormalizedDataset data) {
        Vocabularies vocabularies = new Vocabularies(data);
        return new FunctionCatalog(List.of(
                GrowthFunctions.cagr(),
                CountFunctions.count(data, vocabularies),
                CountFunctions.multimodalShare(data),
                CountFunctions.countryRank(data, vocabularies),
                ListFunctions.topDevelopers(data),
                ListFunctions.topModels(data),
                GrowthFunctions.computeDoubling(data)));
    }

    /** A function that reads no data (CAGR), by name ignoring case: callable without loading a snapshot. */
    public static Optional<SpreadsheetFunction> withoutData(String name) {
        return new FunctionCatalog(List.of(GrowthFunctions.cagr())).find(name);
    }

    /** The functions in their stable order. */
    public List<SpreadsheetFunction> functions() {
        return functions;
    }

    /** The function with this name, ignoring case ({@code cagr} finds {@code CAGR}). */
    public Optional<SpreadsheetFunction> find(String name) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return functions.stream().filter(f -> f.name().equals(wanted)).findFirst();
    }
}
