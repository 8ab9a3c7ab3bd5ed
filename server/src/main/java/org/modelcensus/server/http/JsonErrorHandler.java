package org.modelcensus.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answer to errors raised before a request reaches Javalin (a header or URI too long, a
 * request line or percent-encoding Jetty cannot parse): the same {@code {"error", "message"}} JSON as
 * {@link ApiErrors} instead of Jetty's HTML page, with Jetty's reason but never a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType("application/json");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.getOutputStream().write(body(code, message));
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        SecurityHeaders.addTo(fields);
        return ByteBuffer.wrap(body(status, reason));
    }

    static byte[] body(int status, String reason) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", ApiErrors.code(status));
        body.put("message", message(status, reason));
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("a map of two strings is always JSON", e);
        }
    }

    /** Jetty's reason ("Illegal character CNTL=0x1") when it is one plain line, else the status's name. */
    private static String message(int status, String reason) {
        boolean plain = reason != null && !reason.isBlank() && reason.length() <= 200
                && reason.chars().noneMatch(Character::isISOControl) && !reason.contains("Exception");
        String name = HttpStatus.getMessage(status);
        return plain && !reason.equals(name) ? name + ": " + reason : name;
    }
}
