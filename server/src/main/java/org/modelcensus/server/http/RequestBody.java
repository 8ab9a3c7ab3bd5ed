package org.modelcensus.server.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import jakarta.servlet.ServletException;
import java.io.IOException;

/**
 * Reads multipart uploads with the same promise as every other body: over the limit a 413, a
 * malformed body a 400, never a 500. Raw bodies need nothing from here: {@code ctx.body()},
 * {@code ctx.bodyAsBytes()} and {@code ctx.bodyInputStream()} are already capped by {@link BodyLimit}.
 *
 * <p>Example: {@code UploadedFile file = RequestBody.uploadedFile(ctx, "file");}
 */
public final class RequestBody {
    private RequestBody() {
    }

    /** The multipart field {@code field} (null if absent), parsed within the server's multipart limits. */
    public static UploadedFile uploadedFile(Context ctx, String field) {
        try {
            return ctx.uploadedFile(field);
        } catch (IllegalStateException e) {
            // Jetty's multipart parser reports a request or part over its configured size this way.
            throw CappedInputStream.tooLarge(BodyLimit.limit(ctx));
        } catch (Exception e) {
            // Javalin (Kotlin) lets Jetty's checked exceptions through undeclared.
            if (e instanceof IOException || e instanceof ServletException) {
                throw new HttpResponseException(400, "the multipart body is malformed: it needs parts separated by "
                        + "--<boundary> lines as its Content-Type's boundary says, each with a Content-Disposition "
                        + "header, and a closing --<boundary>-- line");
            }
            throw e;
        }
    }
}
