package org.modelcensus.server.http;

import io.javalin.http.Context;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.edition.Edition;

/** The {@code ?report=} query parameter of the API routes that compute one edition. */
public final class ReportParam {
    private ReportParam() {
    }

    /** The edition {@code ?report=} names (default: the newest with printed figures); an unknown one is a 400 naming the parameter. */
    public static Edition of(Context ctx) {
        String report = ctx.queryParamAsClass("report", String.class).getOrDefault(Edition.latestPublished().id());
        try {
            return Edition.of(report);
        } catch (BadInputException e) {
            throw new BadInputException("report", 0, 0, e.problem(), e);
        }
    }
}
