package org.modelcensus.server.http;

import io.javalin.security.RouteRole;

/**
 * Who may call a route, as a Javalin route role: {@code app.post(path, handler, Access.WRITE)}.
 * GET routes are open without a role; POST, PUT, PATCH and DELETE routes need the bearer token
 * unless marked {@link #OPEN} (e.g. a function evaluation that changes nothing).
 */
public enum Access implements RouteRole {
    /** Anyone, whatever the method: the route has no side effects. */
    OPEN,
    /**
     * Anyone, like {@link #OPEN}, for a route that changes nothing but takes a large body and costs
     * seconds (workbook evaluation): the body may be as large as the upload size here, the route
     * enforces its own tighter limit and runs on {@link HeavyWork}.
     */
    OPEN_HEAVY,
    /** Needs {@code Authorization: Bearer <token>}; the body is limited to the request size. */
    WRITE,
    /** As {@link #WRITE}, with a multipart body limited to the upload size instead (snapshot uploads). */
    UPLOAD
}
