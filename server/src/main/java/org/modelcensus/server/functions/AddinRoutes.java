package org.modelcensus.server.functions;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * The Office add-in: {@code GET /addin/manifest.xml} (built for the request's host, https),
 * {@code /addin/functions.json} and {@code /addin/functions.js} (generated from the registry, for the
 * request's host), {@code /addin/functions.html} (the help page each function's {@code helpUrl} points
 * at), {@code /addin/taskpane.html} with its script and style (no inline code, for a strict CSP) and the icons.
 */
public final class AddinRoutes {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:[0-9]{1,5})?");
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 64, 80);

    private final FunctionRegistry registry;
    private final String help;
    private final String ids;
    private final String manifest = resource("manifest.xml");
    private final String script = resource("functions.js");
    private final String taskpane = resource("taskpane.html");
    private final String taskpaneScript = resource("taskpane.js");
    private final String taskpaneStyle = resource("taskpane.css");

    /** The add-in of a registry's functions (their ids and descriptions do not depend on the dataset). */
    public AddinRoutes(FunctionRegistry registry) {
        this.registry = registry;
        this.help = AddinHelpPage.html(registry);
        this.ids = registry.ids().stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    /** Adds the {@code /addin/...} routes. */
    public void addTo(Javalin app) {
        app.get("/addin/manifest.xml", ctx -> withBase(ctx, base -> ctx.contentType("application/xml; charset=utf-8")
                .result(manifest(base))));
        app.get("/addin/functions.json", ctx -> withBase(ctx, base -> ctx.contentType("application/json")
                .result(metadata(base))));
        app.get(AddinHelpPage.PATH, ctx -> ctx.header("Content-Security-Policy", AddinHelpPage.CSP)
                .contentType("text/html; charset=utf-8").result(help));
        app.get("/addin/functions.js", ctx -> withBase(ctx, base -> ctx.contentType("text/javascript; charset=utf-8")
                .result(script(base))));
        app.get("/addin/taskpane.html", ctx -> ctx.contentType("text/html; charset=utf-8").result(taskpane));
        app.get("/addin/taskpane.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(taskpaneScript));
        app.get("/addin/taskpane.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(taskpaneStyle));
        for (int size : ICON_SIZES) {
            byte[] png = icon(size);
            app.get("/addin/icon-" + size + ".png", ctx -> ctx.contentType("image/png").result(png));
        }
    }

    /** The manifest for a base URL such as {@code https://census.example.org}. */
    String manifest(String base) {
        return manifest.replace("{{BASE}}", base);
    }

    /** functions.js for a base URL. */
    String script(String base) {
        return script.replace("{{BASE}}", base).replace("{{IDS}}", ids);
    }

    /** functions.json for a base URL (its {@code helpUrl}s point at the help page there). */
    byte[] metadata(String base) {
        return AddinMetadata.json(registry, base);
    }

    @FunctionalInterface
    private interface BaseHandler {
        void handle(String base);
    }

    /** Calls {@code handler} with https:// and the request's host (a reverse proxy's X-Forwarded-Host first). */
    private static void withBase(Context ctx, BaseHandler handler) {
        String host = baseHost(ctx.header("X-Forwarded-Host"), ctx.header("Host"));
        if (host == null) {
            ctx.status(400).contentType("application/json")
                    .result(FunctionApi.error(400, "#VALUE!", "the request has no valid Host header").json());
            return;
        }
        handler.handle("https://" + host);
    }

    /** The host to build URLs with, or null when neither header is a plain host[:port]. */
    static String baseHost(String forwarded, String host) {
        String candidate = forwarded != null && !forwarded.isBlank() ? forwarded.split(",", 2)[0].strip() : host;
        return candidate != null && HOST.matcher(candidate).matches() ? candidate : null;
    }

    private static String resource(String name) {
        try (InputStream in = AddinRoutes.class.getResourceAsStream("/addin/" + name)) {
            if (in == null) {
                throw new IllegalStateException("/addin/" + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /addin/" + name, e);
        }
    }

    /** A small bar-chart icon in the add-in's green, drawn without fonts (none may be installed). */
    static byte[] icon(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x21, 0x73, 0x46));
        g.fillRect(0, 0, size, size);
        g.setColor(Color.WHITE);
        int bar = Math.max(1, size / 6);
        int[] heights = {size / 3, size / 2, size * 3 / 4};
        for (int i = 0; i < heights.length; i++) {
            g.fillRect(bar / 2 + i * (bar * 2) + bar / 2, size - bar - heights[i], bar, heights[i]);
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
