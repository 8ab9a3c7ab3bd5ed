package org.modelcensus.server.http;

import io.javalin.http.HttpResponseException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;

/**
 * A request body that refuses to yield more than its limit: the read that would pass it throws a
 * 413, whether the body was declared by Content-Length or chunked, so at most limit + 1 bytes are
 * ever read. Framing errors of the body (a bad chunk size, a body shorter than its Content-Length)
 * become a 400 that names the mistake instead of Jetty's exception; a body that stops arriving, a 408.
 */
final class CappedInputStream extends ServletInputStream {
    private final ServletInputStream in;
    private volatile long limit;
    private final long declared;
    private long count;

    /** A body of {@code declared} bytes by its Content-Length, or -1 when chunked. */
    CappedInputStream(ServletInputStream in, long limit, long declared) {
        this.in = in;
        this.limit = limit;
        this.declared = declared;
    }

    /** Sets the limit of the matched route, before its handler reads anything. */
    void limit(long value) {
        limit = value;
    }

    long limit() {
        return limit;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        // One byte past the limit is enough to know the body is too large; never ask Jetty for more.
        int n = readFramed(b, off, (int) Math.min(len, limit - count + 1));
        if (n > 0 && (count += n) > limit) {
            throw tooLarge(limit);
        }
        return n;
    }

    private int readFramed(byte[] b, int off, int len) throws IOException {
        try {
            return in.read(b, off, len);
        } catch (BadMessageException e) {
            throw framing(e);
        } catch (IOException e) {
            throw framing(e);
        }
    }

    /** The one cause of a body Jetty could not read: too slow, shorter than declared, or chunked wrongly. */
    private HttpResponseException framing(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return new HttpResponseException(408, "the request body stopped arriving: nothing came for "
                        + ClientLimits.IDLE_TIMEOUT.toSeconds() + " s after " + count + " bytes"
                        + (declared >= 0 ? " of the " + declared + " its Content-Length declared" : "")
                        + "; the connection is closed");
            }
        }
        if (declared >= 0) {
            return new HttpResponseException(400, "the request body is shorter than its Content-Length: the connection "
                    + "ended after " + count + " of the " + declared + " bytes it declared");
        }
        return new HttpResponseException(400, "the request body's chunked encoding is invalid or ends before its last "
                + "chunk (each chunk is a hexadecimal size, CRLF, the bytes, CRLF; then a last chunk of size 0)");
    }

    /**
     * Jetty's refusal of a body while reading it: 408 for one slower than {@link ClientLimits#MIN_BODY_BYTES_PER_SECOND},
     * else 400 with Jetty's one-line reason (a bad chunk size, for instance).
     */
    static HttpResponseException framing(BadMessageException e) {
        if (e.getCode() == 408) {
            return new HttpResponseException(408, "the request body arrived slower than "
                    + ClientLimits.MIN_BODY_BYTES_PER_SECOND + " bytes a second on average; the connection is closed");
        }
        return new HttpResponseException(e.getCode() >= 400 && e.getCode() < 500 ? e.getCode() : 400,
                "the request body is malformed: " + (e.getReason() == null ? "Jetty could not read it" : e.getReason()));
    }

    /** The 413 every route answers for a body over its limit. */
    static HttpResponseException tooLarge(long limit) {
        return new HttpResponseException(413, "the request body is larger than this route accepts: at most "
                + limit + " bytes, whether sent with Content-Length or chunked");
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public boolean isFinished() {
        return in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
