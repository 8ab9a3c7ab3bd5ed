package org.modelcensus.server.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads multipart uploads with the same promise as every other body: over the limit a 413, a
 * malformed body a 400, never a 500. Raw bodies need nothing from here: {@code ctx.body()},
 * {@code ctx.bodyAsBytes()} and {@code ctx.bodyInputStream()} are already capped by {@link BodyLimit}.
 *
 * <p>Example: {@code UploadedFile file = RequestBody.uploadedFile(ctx, "file");}
 */
public final class RequestBody {
    private static final Logger LOG = LoggerFactory.getLogger(RequestBody.class);
    private RequestBody() {
    }

    /** The multipart field {@code field} (null if absent), parsed within the server's multipart limits. */
    public static UploadedFile uploadedFile(Context ctx, String field) {
        try {
            return ctx.uploadedFile(field);
        } catch (RuntimeException e) {
            if (diskFull(e)) {
                throw spoolFull(ctx, e);
            }
            if (!(e instanceof IllegalStateException)) {
                throw e;
            }
            // Jetty's multipart parser reports a request or part over its configured size this way.
            throw CappedInputStream.tooLarge(BodyLimit.limit(ctx));
        } catch (Exception e) {
            // Javalin (Kotlin) lets Jetty's checked exceptions through undeclared.
            if (diskFull(e)) {
                throw spoolFull(ctx, e);
            }
            if (e instanceof IOException || e instanceof ServletException) {
                throw new HttpResponseException(400, "the multipart body is malformed: it needs parts separated by "
                        + "--<boundary> lines as its Content-Type's boundary says, each with a Content-Disposition "
                        + "header, and a closing --<boundary>-- line");
            }
            throw e;
        }
    }

    /** Whether a failure, or one of its causes, is the OS saying the disk or quota is full (Java has no type for ENOSPC). */
    static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof IOException && (m.contains("No space left") || m.contains("Disk quota exceeded")
                    || m.contains("not enough space on the disk"))) {
                return true;
            }
        }
        return false;
    }

    private static HttpResponseException spoolFull(Context ctx, Exception e) {
        LOG.warn("{} {}: 507, the disk holding the upload spool is full: {}", ctx.method(), ctx.path(), e.toString());
        return new HttpResponseException(507, "the server's disk has no room to receive this upload (it is spooled "
                + "there before it is checked); nothing was stored. Free disk space on the server and send it again");
    }
}
