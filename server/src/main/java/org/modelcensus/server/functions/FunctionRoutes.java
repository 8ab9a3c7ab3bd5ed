package org.modelcensus.server.functions;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.modelcensus.functions.spreadsheet.FunctionCatalog;
import org.modelcensus.server.http.Access;
import org.modelcensus.server.http.Routes;

/**
 * The function API and the Office add-in:
 * {@code GET /api/v1/functions} (the catalogue), {@code POST /api/v1/functions/{name}} with
 * {@code {"args":[...]}} → {@code {"value":...}} or {@code {"error":"#N/A","message":"..."}},
 * {@code POST /api/v1/functions:batch} with {@code {"calls":[{"name":...,"args":[...]},...]}} →
 * {@code {"results":[...]}} in order (at most {@value FunctionApi#MAX_BATCH} calls), and the
 * {@link AddinRoutes}. Every route takes optional {@code ?snapshot=ID&edition=ID}; results are cached
 * per snapshot and edition.
 *
 * <p>Example: {@code new FunctionRoutes(CatalogSource.fixed(FunctionCatalog.of(data))).addTo(app)}
 */
public final class FunctionRoutes implements Routes {
    private final FunctionApi api;
    private final AddinRoutes addin;

    /** Routes over the catalogues of {@code source}; its default catalogue must exist. */
    public FunctionRoutes(CatalogSource source) {
        this.api = new FunctionApi(source);
        FunctionRegistry defaults = api.registry(null, null);
        if (defaults == null) {
            throw new IllegalStateException("the catalogue source has no default catalogue");
        }
        this.addin = new AddinRoutes(defaults);
    }

    /** Routes over one catalogue, the server's only snapshot and edition. */
    public static FunctionRoutes of(FunctionCatalog catalog) {
        return new FunctionRoutes(CatalogSource.fixed(catalog));
    }

    /** Adds the {@code /api/v1/functions...} and {@code /addin/...} routes; evaluations change nothing, so POSTs are open. */
    @Override
    public void addTo(Javalin app) {
        app.get("/api/v1/functions", ctx -> send(ctx, api.catalogue(snapshot(ctx), edition(ctx))));
        app.post("/api/v1/functions:batch", ctx -> send(ctx, api.batch(snapshot(ctx), edition(ctx), ctx.bodyAsBytes())),
                Access.OPEN);
        app.post("/api/v1/functions/{name}", ctx -> send(ctx,
                api.call(snapshot(ctx), edition(ctx), ctx.pathParam("name"), ctx.bodyAsBytes())), Access.OPEN);
        addin.addTo(app);
    }

    private static String snapshot(Context ctx) {
        return blankToNull(ctx.queryParam("snapshot"));
    }

    private static String edition(Context ctx) {
        return blankToNull(ctx.queryParam("edition"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void send(Context ctx, FunctionApi.Response response) {
        ctx.status(response.status()).contentType("application/json").result(response.json());
    }
}
