package org.modelcensus.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CORS as an allow-list: the configured origins (the server's own) by exact match, and the Office
 * on the web hosts by one strict pattern. An allowed origin gets its own value back in
 * {@code Access-Control-Allow-Origin} (never {@code *}, never with credentials: the token travels in
 * {@code Authorization}, not in cookies); any other origin gets no CORS header at all, so the
 * browser keeps the response from the page.
 */
final class Cors {
    /**
     * Office on the web serves add-ins from regional hosts ({@code excel.officeapps.live.com},
     * {@code usc-excel.officeapps.live.com}, ...) that no fixed list keeps up with, so they are
     * matched by pattern, anchored at both ends: https only, exactly one DNS label, no port, so
     * {@code https://a.b.officeapps.live.com} and {@code https://x.officeapps.live.com.evil.net} fail.
     */
    static final Pattern OFFICE_HOSTS = Pattern.compile("https://[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.officeapps\\.live\\.com");
    static final String ALLOW_METHODS = "GET, HEAD, POST, PUT, DELETE, OPTIONS";
    static final String ALLOW_HEADERS = "Authorization, Content-Type";
    static final String EXPOSE_HEADERS = String.join(", ", ReportRoutes.PROVENANCE_HEADERS) + ", Content-Disposition, Retry-After";

    private final List<String> exact;

    Cors(List<String> exact) {
        this.exact = List.copyOf(exact);
    }

    boolean allowed(String origin) {
        return origin != null && (exact.contains(origin) || OFFICE_HOSTS.matcher(origin).matches());
    }

    void addTo(Javalin app) {
        app.before(this::headers);
        app.options("/*", this::preflight, Access.OPEN);
    }

    private void headers(Context ctx) {
        ctx.header("Vary", "Origin");
        String origin = ctx.header("Origin");
        if (!allowed(origin)) {
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Access-Control-Expose-Headers", EXPOSE_HEADERS);
        if (ctx.header("Access-Control-Request-Method") != null) {
            ctx.header("Access-Control-Allow-Methods", ALLOW_METHODS);
            ctx.header("Access-Control-Allow-Headers", ALLOW_HEADERS);
            ctx.header("Access-Control-Max-Age", "600");
        }
    }

    private void preflight(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !allowed(origin)) {
            ApiErrors.respond(ctx, 403, "origin " + origin + " is not allowed by this server's CORS list");
            return;
        }
        ctx.header("Allow", ALLOW_METHODS).status(204);
    }
}
