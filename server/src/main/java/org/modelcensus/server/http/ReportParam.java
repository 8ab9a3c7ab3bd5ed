package org.modelcensus.server.http;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.edition.Edition;

/** The edition a request names, through the one resolver {@link Edition#resolve} and its one default. */
public final class ReportParam {
    private ReportParam() {
    }

    /** The edition {@code ?report=} names (default: {@link Edition#defaultEdition()}); an unknown one is a 400 naming the parameter. */
    public static Edition of(Context ctx) {
        try {
            return Edition.resolve(ctx.queryParam("report"));
        } catch (BadInputException e) {
            throw new BadInputException("report", 0, 0, e.problem(), e);
        }
    }

    /** The edition of the {@code {report}} path segment; an unknown one is a 404 naming the known ones. */
    public static Edition path(Context ctx) {
        try {
            return Edition.of(ctx.pathParam("report"));
        } catch (BadInputException e) {
            throw new NotFoundResponse("no report " + ctx.pathParam("report") + ": " + e.problem());
        }
    }
}
