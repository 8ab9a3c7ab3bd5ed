package org.modelcensus.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.drift.Drift;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.run.Run;
import org.modelcensus.server.tables.DriftOutput;

/**
 * {@code GET /api/v1/snapshots/{a}/drift/{b}?report=ID[&format=csv]}: the drift of an edition from
 * snapshot A to snapshot B ({@code census drift}), as JSON or as CSV with a BOM. A and B are sha256 ids
 * of the default snapshot or of stored ones. The provenance headers name B; {@value #BEFORE_HEADER}
 * names A. The two runs come from the server's cache (or are made on the heavy-work pool); the
 * comparison runs on the heavy-work pool too, holding both runs' estimated size, shared by identical requests.
 */
final class DriftRoutes implements Routes {
    static final String PATH = "/api/v1/snapshots/{a}/drift/{b}";
    static final String BEFORE_HEADER = "X-Census-Before-Snapshot-Sha256";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The drift's model lines and their rendering, besides the two runs: 65,536 lines at most (the real drifts list under 2,000). */
    private static final long DRIFT_BYTES = 64L << 20;

    private final Datasets datasets;
    private final HeavyWork heavy;

    DriftRoutes(Datasets datasets, HeavyWork heavy) {
        this.datasets = datasets;
        this.heavy = heavy;
    }

    @Override
    public void addTo(Javalin app) {
        app.get(PATH, this::drift);
    }

    private void drift(Context ctx) {
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("json").toLowerCase(Locale.ROOT);
        if (!format.equals("json") && !format.equals("csv")) {
            throw new BadInputException("format", 0, 0, "unknown format '" + format + "'; use json or csv");
        }
        Edition edition = ReportParam.of(ctx);
        boolean csv = format.equals("csv");
        String a = ctx.pathParam("a");
        String b = ctx.pathParam("b");
        // Both runs stay in memory while they are compared, whether or not the cache keeps them.
        long bytes = datasets.bytesToHold(a, edition) + datasets.bytesToHold(b, edition) + DRIFT_BYTES;
        ctx.future(() -> heavy.submitShared(List.of("drift", a, b, edition.id(), format), bytes, () -> {
            Run before = datasets.runNow(a, edition).run();
            Run after = datasets.runNow(b, edition).run();
            return new Compared(before, after, render(before, after, csv));
        }).thenAccept(done -> {
            ReportRoutes.provenance(ctx, done.after().snapshot().provenance());
            ctx.header(BEFORE_HEADER, done.before().snapshot().provenance().sha256());
            ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/json");
            ctx.result(done.body());
        }));
    }

    private record Compared(Run before, Run after, byte[] body) {
    }

    private static byte[] render(Run a, Run b, boolean csv) {
        Drift drift = Drift.of(a.report(), b.report(), Drift.linesFitting(DRIFT_BYTES));
        if (csv) {
            return DownloadRoutes.withBom(out -> DriftOutput.writeCsv(drift, out));
        }
        try {
            return MAPPER.writeValueAsBytes(DriftOutput.document(drift));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
