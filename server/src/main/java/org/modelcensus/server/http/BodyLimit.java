package org.modelcensus.server.http;

import io.javalin.http.Context;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The one reader of request bodies: a servlet filter that hands Javalin every request with its
 * body behind a {@link CappedInputStream}, so {@code ctx.body()}, {@code ctx.bodyAsBytes()} and
 * {@code ctx.bodyInputStream()} all stop at the limit, chunked or not. The limit starts at the
 * request size; {@link AccessControl} sets the matched route's. Multipart bodies are parsed by
 * Jetty from the raw stream, so they are capped by the multipart limits instead (see {@link RequestBody}).
 */
final class BodyLimit implements Filter {
    private static final String ATTRIBUTE = BodyLimit.class.getName();

    private final long defaultLimit;

    BodyLimit(long defaultLimit) {
        this.defaultLimit = defaultLimit;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new Capped((HttpServletRequest) request, defaultLimit), response);
    }

    /** Sets the limit of the body of {@code ctx}'s request (a no-op for a request this filter did not see). */
    static void limit(Context ctx, long limit) {
        if (ctx.req().getAttribute(ATTRIBUTE) instanceof Capped capped) {
            capped.limit = limit;
            if (capped.stream != null) {
                capped.stream.limit(limit);
            }
        }
    }

    /** The limit that applies to {@code ctx}'s body. */
    static long limit(Context ctx) {
        return ctx.req().getAttribute(ATTRIBUTE) instanceof Capped capped ? capped.limit : Long.MAX_VALUE;
    }

    private static final class Capped extends HttpServletRequestWrapper {
        private long limit;
        private CappedInputStream stream;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
            request.setAttribute(ATTRIBUTE, this);
        }

        @Override
        public synchronized ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CappedInputStream(super.getInputStream(), limit, getContentLengthLong());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String charset = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset)));
        }
    }
}
