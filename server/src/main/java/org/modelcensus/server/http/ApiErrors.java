package org.modelcensus.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.server.Request;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.drift.DriftTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to one JSON body, {@code {"error": "not_found", "message": "..."}}, in one place:
 * bad input is 400, Javalin's HTTP exceptions keep their status (and their headers, such as
 * {@code Retry-After}), anything else is a logged 500 whose message reveals nothing of the cause.
 */
final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String INTERNAL_MESSAGE = "internal error; the server log has the details";

    private ApiErrors() {
    }

    static void addTo(Javalin app) {
        app.exception(BadInputException.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
        // A drift whose model lines would not fit its job's memory: the request asks for too much.
        app.exception(DriftTooLargeException.class, (e, ctx) -> respond(ctx, 413, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            e.getDetails().forEach(ctx::header);
            respond(ctx, e.getStatus(), e.getMessage());
        });
        app.exception(BadMessageException.class, (e, ctx) -> {
            HttpResponseException r = CappedInputStream.framing(e);
            respond(ctx, r.getStatus(), r.getMessage());
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, 500, INTERNAL_MESSAGE);
        });
    }

    /** Sets the status and a JSON body {@code {"error": <status name>, "message": message}}. */
    static void respond(Context ctx, int status, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", code(status));
        body.put("message", message == null || message.isBlank() ? HttpStatus.forStatus(status).getMessage() : message);
        if ((status == 408 || status == 413) && ctx.req() != null) {
            sendAndClose(ctx, status, body);
            return;
        }
        ctx.status(status).json(body);
    }

    /**
     * Sends the answer now and closes the connection: the rest of a refused or stalled body is never
     * read (Jetty would otherwise drain whatever the client keeps sending, at the speed it sends).
     */
    private static void sendAndClose(Context ctx, int status, Map<String, String> body) {
        try {
            byte[] json = JSON.writeValueAsBytes(body);
            HttpServletResponse res = ctx.res();
            res.setStatus(status);
            res.setContentType("application/json");
            res.setHeader("Connection", "close");
            res.setContentLength(json.length);
            res.getOutputStream().write(json);
            res.flushBuffer();
            Request base = Request.getBaseRequest(ctx.req());
            if (base != null) {
                base.getHttpChannel().getEndPoint().close();
            }
        } catch (IOException gone) {
            // The client went away first: nothing left to close.
        }
    }

    /** {@code 404 -> "not_found"}, {@code 413 -> "content_too_large"}. */
    static String code(int status) {
        HttpStatus s = HttpStatus.forStatus(status);
        String name = s == HttpStatus.UNKNOWN ? "http_" + status : s.name();
        return name.toLowerCase(Locale.ROOT);
    }
}
