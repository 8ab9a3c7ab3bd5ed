package org.modelcensus.server.functions;

import io.javalin.http.NotFoundResponse;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.spreadsheet.FunctionCatalog;
import org.modelcensus.server.http.Datasets;

/**
 * Where {@link FunctionRoutes} gets the functions of a snapshot and edition. Return the same
 * {@link FunctionCatalog} instance for the same snapshot and edition: results are cached per instance.
 *
 * <p>Example: {@code new FunctionRoutes(CatalogSource.fixed(FunctionCatalog.of(data)))}
 */
@FunctionalInterface
public interface CatalogSource {
    /**
     * The catalogue of a snapshot id and edition id (e.g. {@code spri-2025}); null for either means the
     * server's default (the snapshot it was started with). Returns null when there is no such snapshot
     * or edition; may throw {@link org.modelcensus.functions.dataset.BadInputException} for a malformed id.
     */
    FunctionCatalog catalog(String snapshot, String edition);

    /**
     * The catalogues of the server's datasets: the default snapshot or one it finds by id, and the
     * edition by id (the newest published one when none is given); null for an unknown snapshot or edition.
     */
    static CatalogSource of(Datasets datasets) {
        return (snapshot, edition) -> {
            Snapshot s;
            try {
                s = datasets.snapshot(snapshot);
            } catch (NotFoundResponse e) {
                return null;
            }
            for (Edition e : Edition.builtIns()) {
                if (e.id().equals(edition == null ? Edition.latestPublished().id() : edition)) {
                    return datasets.catalog(s, e);
                }
            }
            return null;
        };
    }

    /** Always the one catalogue the server was started with; any other snapshot or edition is unknown. */
    static CatalogSource fixed(FunctionCatalog catalog) {
        return (snapshot, edition) -> snapshot == null && edition == null ? catalog : null;
    }
}
