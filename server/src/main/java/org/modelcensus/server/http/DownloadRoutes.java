package org.modelcensus.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.modelcensus.functions.dataset.Provenance;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.export.CsvExport;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.normalize.NormalizedModel;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.query.LongTable;
import org.modelcensus.functions.query.Query;
import org.modelcensus.functions.check.Check;
import org.modelcensus.functions.check.PrintedFigure;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.ReportTable;
import org.modelcensus.functions.run.Run;
import org.modelcensus.server.tables.CheckJson;

/**
 * What the web page and notebooks download besides the tables: the printed-against-computed check of
 * an edition ({@code /api/v1/reports/{report}/check.json}), the models behind one cell
 * ({@code /api/v1/reports/{report}/models.json?table=&row=&column=}), a table's metadata
 * ({@code /api/v1/reports/{report}/tables/{id}.meta.json}, through {@link ReportRoutes}) and the
 * normalized long tables ({@code /api/v1/snapshots/{id}/long/{table}.csv}). CSVs start with a UTF-8
 * BOM so that Excel reads them as UTF-8 on a double-click. Every route takes {@code ?snapshot=}.
 */
final class DownloadRoutes implements Routes {
    static final String LICENCE = "CC BY 4.0";
    static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
    static final String BOM = "\uFEFF";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Datasets datasets;
    private final HeavyWork heavy;

    DownloadRoutes(Datasets datasets, HeavyWork heavy) {
        this.datasets = datasets;
        this.heavy = heavy;
    }

    @Override
    public void addTo(Javalin app) {
        app.get(ReportRoutes.API + "/{report}/check.json", this::check);
        app.get(ReportRoutes.API + "/{report}/models.json", this::models);
        app.get("/api/v1/snapshots/{id}/long/{file}", this::longTable);
    }

    /**
     * Per table of the edition: rows, columns and every cell with computed, printed and status
     * ({@code equal}, {@code differs}, {@code unprinted}); printed cells also carry {@code explanation}
     * ({@code equal}, {@code explained}, {@code unexplained}) and {@code causes} from the edition's
     * built-in ledger (see {@code census check}); the score counts explained and unexplained cells too.
     * Then, as {@code census check --format json} gives them: {@code world} (scenario, broken cells,
     * alternatives with what they fix and break, causes without effect), {@code prose} (the numbers of the
     * report text with sentence, printed, computed, status, backing and causes), {@code outOfScope} and
     * {@code totals}.
     */
    private void check(Context ctx) {
        Edition edition = ReportParam.path(ctx);
        // Verifying the ledger's data causes recomputes the report once per scenario: heavy, once per run;
        // a check already computed is answered at once, even when every heavy slot is taken.
        ctx.future(() -> datasets.run(ctx.queryParam("snapshot"), edition, heavy)
                .thenCompose(served -> served.run().computedCheck().map(CompletableFuture::completedFuture)
                        .orElseGet(() -> heavy.submitShared(List.of("check", served), served.run().estimatedBytes(),
                                () -> served.run().check()))
                        .thenApply(explained -> checkDocument(ctx, served.run(), explained)))
                .thenAccept(ctx::json));
    }

    private static ObjectNode checkDocument(Context ctx, Run run, Check explained) {
        Report report = run.report();
        Snapshot snapshot = run.snapshot();
        ReportRoutes.provenance(ctx, snapshot.provenance());
        Map<CellKey, Check.CellResult> printed = new HashMap<>();
        explained.cells().forEach(c -> printed.put(c.key(), c));
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("edition", report.edition().id());
        doc.put("printedFigures", report.edition().publishedFigures().isPresent());
        doc.set("snapshot", snapshotNode(snapshot.provenance()));
        doc.put("ledger", explained.ledger());
        ArrayNode tables = doc.putArray("tables");
        for (ReportTable t : report.tables()) {
            tables.add(checkTable(report, t, printed));
        }
        // The same builders as census check --format json: one world, the numbers of the text, out of scope.
        doc.set("world", CheckJson.world(explained));
        doc.set("prose", CheckJson.prose(explained));
        doc.set("totals", CheckJson.totals(explained));
        doc.set("outOfScope", CheckJson.outOfScope(report.edition().id()));
        return doc;
    }

    private static ObjectNode checkTable(Report report, ReportTable t, Map<CellKey, Check.CellResult> printed) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", t.id()).put("title", t.title()).put("unit", t.unit()).put("chart", t.chart().name())
                .put("transposed", t.transposed());
        t.rows().forEach(n.putArray("rows")::add);
        t.columns().forEach(n.putArray("columns")::add);
        int equal = 0;
        int printedCount = 0;
        int explainedCount = 0;
        ArrayNode cells = n.putArray("cells");
        for (CellKey key : t.cells().keySet()) {
            Check.CellResult r = printed.get(key);
            PrintedFigure f = r == null ? null : r.printed();
            Object value = report.value(key);
            ObjectNode c = cells.addObject().put("row", key.row()).put("column", key.column());
            putRaw(c, value);
            c.put("display", PrintedPrecision.format(value, f == null ? null : f.published()));
            String status = f == null ? "unprinted" : f.matches(value) ? "equal" : "differs";
            if (f != null) {
                c.put("printed", f.published());
                printedCount++;
                equal += status.equals("equal") ? 1 : 0;
                explainedCount += r.status() == Check.Status.EXPLAINED ? 1 : 0;
            }
            c.put("status", status);
            if (r != null) {
                c.put("explanation", r.status().id());
                c.set("causes", CheckJson.causes(r));
            }
        }
        n.putObject("score").put("equal", equal).put("printed", printedCount).put("explained", explainedCount)
                .put("unexplained", printedCount - equal - explainedCount);
        return n;
    }

    private static void putRaw(ObjectNode c, Object value) {
        if (value instanceof Double d && Double.isFinite(d)) {
            c.put("computed", d);
        } else {
            c.put("computed", value == null ? null : value.toString());
        }
    }

    /** The models the computed value of one cell counts, sorted by name. */
    private void models(Context ctx) {
        Edition edition = ReportParam.path(ctx);
        String table = required(ctx, "table");
        String row = required(ctx, "row");
        String column = required(ctx, "column");
        ctx.future(() -> datasets.run(ctx.queryParam("snapshot"), edition, heavy).thenAccept(served -> {
            Report report = served.run().report();
            Query q = report.definition(new CellKey(table, row, column));
            if (q == null) {
                throw new NotFoundResponse("no cell [" + row + "][" + column + "] in " + table + " of " + edition.id());
            }
            List<NormalizedModel> models = new ArrayList<>();
            for (int id : report.evaluator().rowsBehind(q)) {
                models.add(report.data().model(id));
            }
            models.sort(Comparator.comparing(NormalizedModel::name));
            ReportRoutes.provenance(ctx, report.data().provenance());
            ObjectNode doc = MAPPER.createObjectNode().put("table", table).put("row", row).put("column", column);
            ArrayNode list = doc.putArray("models");
            models.forEach(m -> list.addObject().put("name", m.name()).put("date", m.date()));
            ctx.json(doc);
        }));
    }

    private static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isEmpty()) {
            throw new BadRequestResponse("missing ?" + name + "=, e.g. models.json?table=T1&row=...&column=...");
        }
        return v;
    }

    /** One normalized long table as {@code census export --table} writes it, with a BOM. */
    private void longTable(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.endsWith(".csv")) {
            throw new NotFoundResponse("no long table file " + file + "; long tables are <name>.csv, e.g. Countries.csv");
        }
        String name = file.substring(0, file.length() - 4);
        Edition edition = ReportParam.of(ctx);
        WholeDownload.send(ctx, datasets.run(ctx.pathParam("id"), edition, heavy).thenApply(served -> {
            NormalizedDataset data = served.run().normalized();
            LongTable t = data.tables().get(name);
            if (t == null) {
                throw new NotFoundResponse("no long table " + name + "; use one of " + String.join(", ", data.tables().keySet()));
            }
            ReportRoutes.provenance(ctx, data.provenance());
            ctx.contentType("text/csv; charset=utf-8");
            return withBom(csv -> CsvExport.write(t, csv));
        }));
    }

    /** Writes CSV text; a writer into memory throws no IOException, whatever its signature says. */
    @FunctionalInterface
    interface CsvText {
        void write(StringBuilder out) throws IOException;
    }

    /** A CSV as the routes send it: UTF-8 bytes led by a byte-order mark, so that Excel reads them as UTF-8. */
    static byte[] withBom(CsvText text) {
        StringBuilder out = new StringBuilder(BOM);
        try {
            text.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A table's metadata, as Our World in Data publishes beside each chart. */
    static ObjectNode meta(Report report, ReportTable t, String base, String pin) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", t.id()).put("title", t.title()).put("unit", t.unit());
        Edition e = report.edition();
        n.putObject("edition").put("id", e.id()).put("title", e.title()).put("firstYear", e.firstYear())
                .put("lastYear", e.lastYear());
        n.set("snapshot", snapshotNode(report.data().provenance()));
        t.rows().forEach(n.putArray("rows")::add);
        t.columns().forEach(n.putArray("columns")::add);
        n.put("citation", Provenance.EPOCH_CITATION);
        n.putObject("licence").put("name", LICENCE).put("url", LICENCE_URL);
        n.put("generatedAt", Instant.now().toString());
        n.putObject("downloads").put("csv", base + ".csv" + pin).put("json", base + ".json" + pin);
        return n;
    }

    private static ObjectNode snapshotNode(Provenance p) {
        return MAPPER.createObjectNode().put("sha256", p.sha256()).put("source", fileName(p.source()))
                .put("rows", p.rows()).put("sample", p.sample());
    }

    /** The file name of a source path or URL: the server's directories are nobody's business. */
    static String fileName(String source) {
        String s = source == null ? "" : source;
        int q = s.indexOf('?');
        s = q < 0 ? s : s.substring(0, q);
        return s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
    }
}
