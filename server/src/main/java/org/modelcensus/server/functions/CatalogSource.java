package org.modelcensus.server.functions;

import org.modelcensus.functions.spreadsheet.FunctionCatalog;

/**
 * Where {@link FunctionRoutes} gets the functions of a snapshot and edition. Return the same
 * {@link FunctionCatalog} instance for the same snapshot and edition: results are cached per instance.
 *
 * <p>Example: {@code new FunctionRoutes(CatalogSource.fixed(FunctionCatalog.of(data)))}
 */
@FunctionalInterface
public interface CatalogSource {
    /**
     * The catalogue of a snapshot id and edition id ({@code spri-2025}); null for either means the
     * server's default (the snapshot it was started with). Returns null when there is no such snapshot
     * or edition; may throw {@link org.modelcensus.functions.dataset.BadInputException} for a malformed id.
     */
    FunctionCatalog catalog(String snapshot, String edition);

    /** Always the one catalogue the server was started with; any other snapshot or edition is unknown. */
    static CatalogSource fixed(FunctionCatalog catalog) {
        return (snapshot, edition) -> snapshot == null && edition == null ? catalog : null;
    }
}
