package org.modelcensus.server.http;

import io.javalin.Javalin;

/**
 * A group of routes that {@link CensusServer#create} adds to the app, after the cross-cutting
 * handlers (errors, CORS, tokens, size limits) are in place. Mark each route with an
 * {@link Access} role; write methods without one need the token.
 *
 * <p>Example: {@code app.get("/api/v1/functions", ctx -> ..., Access.OPEN)}
 */
@FunctionalInterface
public interface Routes {
    void addTo(Javalin app);
}
