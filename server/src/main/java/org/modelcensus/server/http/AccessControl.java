package org.modelcensus.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.security.RouteRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks each matched request before its handler runs: the body size against the route's limit,
 * declared or not (it is handed to {@link BodyLimit} for chunked bodies), then the bearer token for
 * writes (POST, PUT, PATCH, DELETE unless {@link Access#OPEN}, and any route marked
 * {@link Access#WRITE} or {@link Access#UPLOAD}). Multipart bodies of {@link Access#UPLOAD} routes and
 * bodies of the open {@link Access#OPEN_HEAVY} routes get the upload limit. Tokens are compared as
 * sha256 digests with {@link MessageDigest#isEqual}, in constant time whatever their lengths.
 */
final class AccessControl {
    private static final Set<HandlerType> WRITE_METHODS = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);

    private final Optional<byte[]> tokenDigest;
    private final long maxRequestBytes;
    private final long maxUploadBytes;

    AccessControl(ServerConfig config) {
        this.tokenDigest = config.token().map(AccessControl::sha256);
        this.maxRequestBytes = config.maxRequestBytes();
        this.maxUploadBytes = config.maxUploadBytes();
    }

    void addTo(Javalin app) {
        app.beforeMatched(this::check);
    }

    /** Whether a route needs the token: a write role, or a write method without {@link Access#OPEN}. */
    static boolean needsToken(HandlerType method, Set<RouteRole> roles) {
        if (roles.contains(Access.WRITE) || roles.contains(Access.UPLOAD)) {
            return true;
        }
        return WRITE_METHODS.contains(method) && !roles.contains(Access.OPEN) && !roles.contains(Access.OPEN_HEAVY);
    }

    private void check(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (needsToken(ctx.method(), roles)) {
            requireToken(ctx);
        }
        long limit = limit(ctx, roles);
        if (ctx.contentLength() > limit) {
            throw new HttpResponseException(413, "the request body has " + ctx.contentLength()
                    + " bytes; this route accepts at most " + limit);
        }
        // Chunked bodies declare no length: the capped reader stops them at the same limit.
        BodyLimit.limit(ctx, limit);
    }

    /**
     * The upload size for evaluations and multipart uploads; the request size otherwise, also for the
     * small JSON body an upload route may take instead ({"url": ...}), as Javalin caps ctx.body() at it.
     */
    private long limit(Context ctx, Set<RouteRole> roles) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        boolean multipartUpload = roles.contains(Access.UPLOAD) && type.startsWith("multipart/");
        return multipartUpload || roles.contains(Access.OPEN_HEAVY) ? maxUploadBytes : maxRequestBytes;
    }

    private void requireToken(Context ctx) {
        if (tokenDigest.isEmpty()) {
            throw new HttpResponseException(403, "writes are disabled: this server was started without --token-file");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized("this request changes data and needs the header Authorization: Bearer <token>");
        }
        if (!MessageDigest.isEqual(tokenDigest.get(), sha256(header.substring(7).trim()))) {
            throw unauthorized("the bearer token is not this server's");
        }
    }

    private static HttpResponseException unauthorized(String message) {
        return new HttpResponseException(401, message, Map.of("WWW-Authenticate", "Bearer realm=\"census\""));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
