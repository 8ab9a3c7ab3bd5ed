package org.modelcensus.server.functions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.formula.udf.UDFFinder;
import org.modelcensus.functions.spreadsheet.FunctionCatalog;
import org.modelcensus.functions.spreadsheet.FunctionResult;
import org.modelcensus.functions.spreadsheet.SpreadsheetFunction;
import org.modelcensus.workbook.evaluate.PoiFunctions;

/**
 * The one registry of the spreadsheet functions of one dataset: the REST API calls them through it,
 * the add-in metadata ({@link AddinMetadata}), the POI user-defined functions ({@link #udfFinder()})
 * and the function reference ({@link FunctionReference}) are generated from it. A function's id is
 * its upper-case name ({@code COUNT}) and never changes; users write it {@code CENSUS.COUNT}.
 * Results are cached, so a registry stands for one snapshot and edition. Thread-safe.
 *
 * <p>Example: {@code FunctionRegistry.of(FunctionCatalog.of(data)).call("COUNT", List.of(2024.0, 2024.0, "KR"))}
 */
public final class FunctionRegistry {
    /** The add-in's namespace: Excel shows {@code COUNT} as {@code CENSUS.COUNT}. */
    public static final String NAMESPACE = "CENSUS";
    /** Most results cached per registry. */
    public static final int CACHE_CAPACITY = 100_000;

    private final FunctionCatalog catalog;
    private final Map<String, SpreadsheetFunction> byId;
    private final ResultCache cache;
    private final UDFFinder udfFinder;

    private FunctionRegistry(FunctionCatalog catalog, int cacheCapacity) {
        this.catalog = catalog;
        Map<String, SpreadsheetFunction> ids = new LinkedHashMap<>();
        for (SpreadsheetFunction f : catalog.functions()) {
            ids.put(id(f), f);
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.cache = new ResultCache(cacheCapacity);
        this.udfFinder = PoiFunctions.finder(NAMESPACE, catalog.functions(), this::call);
    }

    /** The registry of a catalogue's functions, with a result cache of {@link #CACHE_CAPACITY} entries. */
    public static FunctionRegistry of(FunctionCatalog catalog) {
        return new FunctionRegistry(catalog, CACHE_CAPACITY);
    }

    static FunctionRegistry of(FunctionCatalog catalog, int cacheCapacity) {
        return new FunctionRegistry(catalog, cacheCapacity);
    }

    /** The stable id of a function (add-in metadata, {@code CustomFunctions.associate}, API path): its name. */
    public static String id(SpreadsheetFunction function) {
        return function.name();
    }

    /** The catalogue this registry serves. */
    public FunctionCatalog catalog() {
        return catalog;
    }

    /** The functions in their stable order. */
    public List<SpreadsheetFunction> functions() {
        return catalog.functions();
    }

    /** The ids in their stable order. */
    public List<String> ids() {
        return new ArrayList<>(byId.keySet());
    }

    /** The function with this id or name, ignoring case and a {@code CENSUS.} prefix. */
    public Optional<SpreadsheetFunction> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String id = name.strip().toUpperCase(Locale.ROOT);
        if (id.startsWith(NAMESPACE + ".")) {
            id = id.substring(NAMESPACE.length() + 1);
        }
        return Optional.ofNullable(byId.get(id));
    }

    /** Calls a function of this registry, through the cache; {@code args} must not change afterwards. */
    public FunctionResult call(SpreadsheetFunction function, List<Object> args) {
        return cache.get(function.name(), args, () -> function.call(args));
    }

    /** The cached result of a call, or null when it is not cached (no computing). */
    FunctionResult cached(SpreadsheetFunction function, List<Object> args) {
        return cache.peek(function.name(), args);
    }

    /** Calls a function by name; empty when there is no such function. */
    public Optional<FunctionResult> call(String name, List<Object> args) {
        return find(name).map(f -> call(f, args));
    }

    /**
     * The functions as POI user-defined functions named {@code CENSUS.COUNT} etc.; register them with
     * {@code workbook.addToolPack(registry.udfFinder())} before setting or evaluating such formulas.
     */
    public UDFFinder udfFinder() {
        return udfFinder;
    }

    int cachedResults() {
        return cache.size();
    }
}
