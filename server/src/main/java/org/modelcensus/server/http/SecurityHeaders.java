package org.modelcensus.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;

/**
 * Headers every answer carries: {@code X-Content-Type-Options: nosniff} (a CSV or JSON is never run
 * as a script) and {@code Referrer-Policy: no-referrer}; the add-in's task pane also gets a
 * Content-Security-Policy as strict as the web page's, its inline script and style allowed by their
 * sha256 only, Office.js from Microsoft's host, and framing only by Office on the web.
 */
final class SecurityHeaders implements Filter {
    static final String TASKPANE = "/addin/taskpane.html";
    static final String OFFICE_JS = "https://appsforoffice.microsoft.com";
    static final String OFFICE_FRAMES = "https://*.officeapps.live.com https://*.office.com https://*.microsoft365.com";

    private final String taskpaneCsp = taskpaneCsp(resource(TASKPANE));

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse res = (HttpServletResponse) response;
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "no-referrer");
        if (TASKPANE.equals(((HttpServletRequest) request).getRequestURI())) {
            res.setHeader("Content-Security-Policy", taskpaneCsp);
        }
        chain.doFilter(request, response);
    }

    /** The same two headers on an answer Jetty writes itself, before any filter. */
    static void addTo(HttpFields.Mutable fields) {
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put("Referrer-Policy", "no-referrer");
    }

    /** The task pane's policy: 'self', Office.js, and the hashes of the page's inline scripts and styles. */
    static String taskpaneCsp(String html) {
        return "default-src 'self'; script-src 'self' " + OFFICE_JS + hashes(html, "script") + "; style-src 'self'"
                + hashes(html, "style") + "; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors 'self' " + OFFICE_FRAMES;
    }

    /** {@code " 'sha256-...'"} for each inline {@code <tag>} element (one without a src attribute). */
    private static String hashes(String html, String tag) {
        Matcher m = Pattern.compile("<" + tag + ">(.*?)</" + tag + ">", Pattern.DOTALL).matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(" 'sha256-" + Base64.getEncoder().encodeToString(sha256(m.group(1))) + "'");
        }
        return String.join("", out);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = SecurityHeaders.class.getResourceAsStream(path)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
