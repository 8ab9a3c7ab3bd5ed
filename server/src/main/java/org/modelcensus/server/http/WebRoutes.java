package org.modelcensus.server.http;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The web report viewer: {@code GET /} (snapshot, edition and table in the URL, each table's printed
 * and computed figures side by side, its chart, the models behind a cell, downloads, the function
 * reference) and its script and style under {@code /web/}, static files from the jar's
 * {@code /web/} resources. The page only calls the open GET routes.
 */
final class WebRoutes implements Routes {
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final byte[] page = resource("index.html");
    private final byte[] script = resource("app.js");
    private final byte[] style = resource("style.css");
    /** Chart.js's UMD build, copied by {@code npm run vendor} in server/web-vendor (see its package.json). */
    private final byte[] chart = resource("vendor/chart.umd.js");

    @Override
    public void addTo(Javalin app) {
        app.get("/", ctx -> ctx.header("Content-Security-Policy", CSP).contentType("text/html; charset=utf-8").result(page));
        app.get("/web/app.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(script));
        app.get("/web/vendor/chart.umd.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(chart));
        app.get("/web/style.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(style));
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebRoutes.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("/web/" + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /web/" + name, e);
        }
    }
}
