package org.modelcensus.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.drift.Drift;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.server.tables.DriftOutput;

/**
 * {@code GET /api/v1/snapshots/{a}/drift/{b}?report=ID[&format=csv]}: the drift of an edition from
 * snapshot A to snapshot B ({@code census drift}), as JSON or as CSV with a BOM. A and B are sha256 ids
 * of the default snapshot or of stored ones. The provenance headers name B; {@value #BEFORE_HEADER}
 * names A. Reports come from the server's cache; the comparison runs on the heavy-work pool (a second
 * of CPU on real snapshots), shared by identical requests.
 */
final class DriftRoutes implements Routes {
    static final String PATH = "/api/v1/snapshots/{a}/drift/{b}";
    static final String BEFORE_HEADER = "X-Census-Before-Snapshot-Sha256";
    private static final ObjectMapper MAPPER = new ObjectMapper();

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
        Snapshot a = datasets.snapshot(ctx.pathParam("a"));
        Snapshot b = datasets.snapshot(ctx.pathParam("b"));
        ReportRoutes.provenance(ctx, b.provenance());
        ctx.header(BEFORE_HEADER, a.provenance().sha256());
        boolean csv = format.equals("csv");
        ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/json");
        CompletableFuture<byte[]> bytes = heavy.submitShared(List.of("drift", a.provenance().sha256(),
                b.provenance().sha256(), edition.id(), format), () -> render(a, b, edition, csv));
        ctx.future(() -> bytes.thenAccept(ctx::result));
    }

    private byte[] render(Snapshot a, Snapshot b, Edition edition, boolean csv) {
        Drift drift = Drift.of(datasets.report(a, edition), datasets.report(b, edition));
        try {
            if (csv) {
                StringBuilder out = new StringBuilder(DownloadRoutes.BOM);
                DriftOutput.writeCsv(drift, out);
                return out.toString().getBytes(StandardCharsets.UTF_8);
            }
            return MAPPER.writeValueAsBytes(DriftOutput.document(drift));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
