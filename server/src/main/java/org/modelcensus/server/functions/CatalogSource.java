package org.modelcensus.server.functions;

import io.javalin.http.NotFoundResponse;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.spreadsheet.FunctionCatalog;
import org.modelcensus.server.http.Datasets;

/**
 * Where {@link FunctionRoutes} and the evaluation route get the function registry of a snapshot and
 * edition: the same registry for the same snapshot and edition while the server keeps its run, since
 * function results are cached per registry.
 *
 * <p>Example: {@code new FunctionRoutes(CatalogSource.fixed(FunctionCatalog.of(data)))}
 */
@FunctionalInterface
public interface CatalogSource {
    /**
     * The registry of a snapshot id and edition id (e.g. {@code spri-2025}); null for either means the
     * server's default (the snapshot it was started with, {@link Edition#defaultEdition()}). Returns null when
     * there is no such snapshot or edition; may throw {@link BadInputException} for a malformed id.
     */
    FunctionRegistry registry(String snapshot, String edition);

    /** The registries of the server's runs: kept with each run, so they leave the cache with it. */
    static CatalogSource of(Datasets datasets) {
        return (snapshot, edition) -> {
            Edition e;
            try {
                e = Edition.resolve(edition);
            } catch (BadInputException unknown) {
                return null;
            }
            try {
                return datasets.runNow(snapshot, e).derived(FunctionRegistry.class, run -> FunctionRegistry.of(run.catalog()));
            } catch (NotFoundResponse | java.util.concurrent.CompletionException notFound) {
                if (notFound instanceof NotFoundResponse || notFound.getCause() instanceof NotFoundResponse) {
                    return null;
                }
                throw notFound;
            }
        };
    }

    /** Always the one catalogue the server was started with; any other snapshot or edition is unknown. */
    static CatalogSource fixed(FunctionCatalog catalog) {
        FunctionRegistry registry = FunctionRegistry.of(catalog);
        return (snapshot, edition) -> snapshot == null && edition == null ? registry : null;
    }
}
