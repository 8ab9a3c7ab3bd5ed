package org.modelcensus.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.modelcensus.functions.dataset.Provenance;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.ReportTable;
import org.modelcensus.server.tables.TablesCsv;
import org.modelcensus.server.tables.TablesJson;

/**
 * The report routes: the list of the built-in editions (with the one default edition) and their tables, each table as CSV (neutralized, for pandas,
 * Google Sheets {@code IMPORTDATA} and Power Query) or JSON (raw values), and the template workbook.
 * CSVs start with a UTF-8 BOM (Excel); {@code <id>.meta.json} is the table's metadata.
 * Every route takes {@code ?snapshot=<sha256>} and names the data it used in the provenance headers.
 */
final class ReportRoutes implements Routes {
    static final String API = "/api/v1/reports";
    static final String SHA256_HEADER = "X-Census-Snapshot-Sha256";
    static final String SOURCE_HEADER = "X-Census-Source";
    static final String SAMPLE_HEADER = "X-Census-Sample";
    static final String CITATION_HEADER = "X-Census-Citation";
    static final String SCHEMA_HEADER = "X-Census-Schema";
    /** Sent only when the snapshot lacks optional fields: their canonical names, comma-separated. */
    static final String MISSING_FIELDS_HEADER = "X-Census-Missing-Fields";
    static final List<String> PROVENANCE_HEADERS = List.of(SHA256_HEADER, SOURCE_HEADER, SAMPLE_HEADER, CITATION_HEADER,
            SCHEMA_HEADER, MISSING_FIELDS_HEADER);
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The CSV's row-label header, and the one that labels a table made from the sample data. */
    static final String ROW_HEADER = "row";
    static final String SAMPLE_ROW_HEADER = "row [SAMPLE DATA, not Epoch's]";

    private static final String META = ".meta.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Datasets datasets;
    private final HeavyWork heavy;
    private final String tool;

    ReportRoutes(Datasets datasets, HeavyWork heavy, String tool) {
        this.datasets = datasets;
        this.heavy = heavy;
        this.tool = tool;
    }

    @Override
    public void addTo(Javalin app) {
        app.get(API, this::list);
        app.get(API + "/{report}/tables/{file}", this::table);
        app.get(API + "/{report}/workbook.xlsx", this::workbook);
    }

    private void list(Context ctx) {
        String id = ctx.queryParam("snapshot");
        List<Edition> editions = Edition.builtIns();
        ctx.future(() -> datasets.runs(id, editions, heavy).thenAccept(runs -> {
            Provenance p = runs.get(0).run().snapshot().provenance();
            provenance(ctx, p);
            ObjectNode doc = MAPPER.createObjectNode();
            doc.set("provenance", TablesJson.provenance(p));
            doc.put("default", Edition.defaultEdition().id());
            ArrayNode reports = doc.putArray("reports");
            String pin = pin(ctx);
            for (int i = 0; i < editions.size(); i++) {
                Edition e = editions.get(i);
                ObjectNode r = reports.addObject();
                r.put("id", e.id()).put("title", e.title()).put("firstYear", e.firstYear()).put("lastYear", e.lastYear());
                r.put("printedFigures", e.publishedFigures().isPresent());
                r.put("workbook", API + "/" + e.id() + "/workbook.xlsx" + pin);
                ArrayNode tables = r.putArray("tables");
                for (ReportTable t : runs.get(i).run().report().tables()) {
                    String base = API + "/" + e.id() + "/tables/" + t.id();
                    tables.addObject().put("id", t.id()).put("title", t.title()).put("unit", t.unit())
                            .put("rows", t.rows().size()).put("columns", t.columns().size())
                            .put("csv", base + ".csv" + pin).put("json", base + ".json" + pin)
                            .put("meta", base + META + pin);
                }
            }
            ctx.json(doc);
        }));
    }

    private void table(Context ctx) {
        String file = ctx.pathParam("file");
        if (file.endsWith(META)) {
            meta(ctx, file.substring(0, file.length() - META.length()));
            return;
        }
        int dot = file.lastIndexOf('.');
        String format = dot < 0 ? "" : file.substring(dot + 1);
        if (!format.equals("csv") && !format.equals("json")) {
            throw new NotFoundResponse("no table file " + file + "; tables are <id>.csv or <id>.json, e.g. T1.csv");
        }
        Edition edition = ReportParam.path(ctx);
        String id = file.substring(0, dot);
        ctx.future(() -> datasets.run(ctx.queryParam("snapshot"), edition, heavy).thenAccept(served -> {
            Report report = served.run().report();
            ReportTable table = table(report, id);
            Provenance p = report.data().provenance();
            provenance(ctx, p);
            if (format.equals("json")) {
                ctx.json(TablesJson.document(report, List.of(table)));
            } else {
                ctx.contentType("text/csv; charset=utf-8").result(DownloadRoutes.withBom(
                        csv -> TablesCsv.writeTable(report, table, p.sample() ? SAMPLE_ROW_HEADER : ROW_HEADER, csv)));
            }
        }));
    }

    private static ReportTable table(Report report, String id) {
        return report.tables().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundResponse("no table " + id + " in " + report.edition().id() + "; GET " + API
                        + " lists them"));
    }

    private void meta(Context ctx, String id) {
        Edition edition = ReportParam.path(ctx);
        ctx.future(() -> datasets.run(ctx.queryParam("snapshot"), edition, heavy).thenAccept(served -> {
            Report report = served.run().report();
            ReportTable table = table(report, id);
            provenance(ctx, report.data().provenance());
            ctx.json(DownloadRoutes.meta(report, table, API + "/" + edition.id() + "/tables/" + id, pin(ctx)));
        }));
    }

    private void workbook(Context ctx) {
        Edition edition = ReportParam.path(ctx);
        WholeDownload.send(ctx, datasets.run(ctx.queryParam("snapshot"), edition, heavy).thenCompose(served -> {
            Provenance p = served.run().snapshot().provenance();
            provenance(ctx, p);
            ctx.contentType(XLSX).header("Content-Disposition", "attachment; filename=\"" + edition.id() + "-"
                    + (p.sample() ? "SAMPLE-" : "") + p.sha256().substring(0, 12) + ".xlsx\"");
            return served.cachedWorkbook().map(CompletableFuture::completedFuture)
                    .orElseGet(() -> heavy.submitShared(List.of("workbook", p.sha256(), edition.id(), tool),
                            served.workbookBytes(), () -> served.workbook(tool)));
        }));
    }

    /** The query string that pins links to the requested snapshot, or "" when none was named. */
    private static String pin(Context ctx) {
        String id = ctx.queryParam("snapshot");
        return id == null || id.isBlank() ? "" : "?snapshot=" + id;
    }

    /**
     * Provenance headers, with the optional fields the snapshot lacks when it lacks any; text from the file
     * (the source, column names) is percent-encoded to stay a valid header.
     */
    static void provenance(Context ctx, Provenance p) {
        ctx.header(SHA256_HEADER, p.sha256());
        ctx.header(SOURCE_HEADER, HeaderText.ascii(p.source()));
        ctx.header(SAMPLE_HEADER, Boolean.toString(p.sample()));
        ctx.header(CITATION_HEADER, HeaderText.ascii(Provenance.EPOCH_CITATION));
        ctx.header(SCHEMA_HEADER, HeaderText.ascii(p.generation()));
        if (!p.missingFields().isEmpty()) {
            ctx.header(MISSING_FIELDS_HEADER, HeaderText.ascii(String.join(", ", p.missingFields())));
        }
    }
}
