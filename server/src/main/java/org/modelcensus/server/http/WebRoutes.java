package org.modelcensus.server.http;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.edition.EditionTable;

/**
 * The web report viewer: {@code GET /} (snapshot, edition and table in the URL, each table's printed
 * and computed figures side by side, its chart, the models behind a cell, downloads, the function
 * reference) and its scripts (app.js, charts.js) and style under {@code /web/}, static files from the jar's
 * {@code /web/} resources, and {@code /web/page.json}: whether the server has a snapshot store (so
 * the page asks for the list only then) and each built-in edition's table kinds (the page draws one
 * chart design per kind). The page only calls the open GET routes.
 */
final class WebRoutes implements Routes {
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final byte[] page = resource("index.html");
    private final byte[] script = resource("app.js");
    private final byte[] charts = resource("charts.js");
    private final byte[] style = resource("style.css");
    private final String settings;

    /** {@code store}: whether the server lists stored snapshots at {@code /api/v1/snapshots}. */
    WebRoutes(boolean store) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode doc = mapper.createObjectNode().put("store", store);
        ObjectNode kinds = doc.putObject("kinds");
        for (Edition e : Edition.builtIns()) {
            ObjectNode tables = kinds.putObject(e.id());
            for (EditionTable t : e.tables()) {
                tables.put(t.id(), t.getClass().getAnnotation(JsonTypeName.class).value());
            }
        }
        settings = doc.toString();
    }

    @Override
    public void addTo(Javalin app) {
        app.get("/", ctx -> ctx.header("Content-Security-Policy", CSP).contentType("text/html; charset=utf-8").result(page));
        app.get("/web/app.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(script));
        app.get("/web/charts.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(charts));
        app.get("/web/style.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(style));
        app.get("/web/page.json", ctx -> ctx.contentType("application/json").result(settings));
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
