package org.modelcensus.server.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.modelcensus.server.functions.CatalogSource;
import org.modelcensus.server.functions.FunctionRegistry;
import org.modelcensus.server.http.Access;
import org.modelcensus.server.http.HeavyWork;
import org.modelcensus.server.http.Routes;
import org.modelcensus.workbook.evaluate.Deadline;
import org.modelcensus.workbook.evaluate.EvaluationStoppedException;
import org.modelcensus.workbook.evaluate.FormulaOutcome;
import org.modelcensus.workbook.evaluate.UploadScan;
import org.modelcensus.workbook.evaluate.WorkbookRefusedException;

/**
 * {@code POST /api/v1/evaluate[?snapshot=ID&edition=ID]} with an .xlsx as the raw request body
 * ({@code Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}; no
 * multipart): Apache POI evaluates every formula, the {@code CENSUS.*} functions of that snapshot
 * and edition included, and the answer lists the formula cells in sheet and row order:
 * {@code {"sheets":[{"name":"S","cells":[{"cell":"A1","formula":"1+1","value":2.0}, {"cell":"A2",
 * "formula":"...","error":"#N/A"}]}],"formulas":2,"truncated":false}}.
 *
 * <p>The route is {@link Access#OPEN_HEAVY}: it changes nothing, so it needs no token, but it runs
 * on the {@link HeavyWork} pool (503 when full) and reads the body only once it holds a slot, so
 * memory is bounded by the pool size times the {@link Limits}. A streaming pre-pass
 * ({@link UploadScan}) counts the upload before POI builds its model: too large a body, too many
 * entries, sheets, cells or XML elements, a zip bomb → 413; not a zip, not an .xlsx, a DOCTYPE
 * (external entities, billion laughs) → 400. Too many formulas, past the deadline (which reaches
 * inside one formula, see {@link Deadline}), a dependency chain too deep, a circular reference → 422.
 * All errors are JSON.
 */
public final class EvaluateRoutes implements Routes {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // Process-wide POI limits for every .xlsx POI opens (these are at least as strict as POI's defaults).
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), 0.01));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), UploadScan.Limits.defaults().maxInflatedBytes()));
        ZipSecureFile.setMaxTextSize(Math.min(ZipSecureFile.getMaxTextSize(), 10_000_000L));
    }

    /**
     * @param maxBodyBytes     the largest .xlsx accepted (413 beyond)
     * @param scan             the pre-pass's limits on entries, inflated bytes, sheets, cells, XML elements (413 beyond)
     * @param maxFormulas      the most formula cells evaluated (422 beyond)
     * @param maxReturnedCells the most cells listed in the answer ({@code "truncated": true} beyond)
     * @param timeout          the longest an evaluation may run, parsing included, checked inside formulas (422 beyond)
     */
    public record Limits(long maxBodyBytes, UploadScan.Limits scan, int maxFormulas, int maxReturnedCells,
            Duration timeout) {
        /** 10 MiB bodies, {@link UploadScan.Limits#defaults()}, 100,000 formulas, 10,000 cells listed, 20 s. */
        public static Limits defaults() {
            return new Limits(10L << 20, UploadScan.Limits.defaults(), 100_000, 10_000, Duration.ofSeconds(20));
        }

        public Limits withMaxBodyBytes(long value) {
            return new Limits(value, scan, maxFormulas, maxReturnedCells, timeout);
        }
    }

    private final CatalogSource source;
    private final HeavyWork heavy;
    private final Limits limits;

    public EvaluateRoutes(CatalogSource source, HeavyWork heavy) {
        this(source, heavy, Limits.defaults());
    }

    public EvaluateRoutes(CatalogSource source, HeavyWork heavy, Limits limits) {
        this.source = source;
        this.heavy = heavy;
        this.limits = limits;
    }

    @Override
    public void addTo(Javalin app) {
        app.post("/api/v1/evaluate", this::evaluate, Access.OPEN_HEAVY);
    }

    private void evaluate(Context ctx) {
        long declared = ctx.contentLength();
        if (declared > limits.maxBodyBytes()) {
            throw tooLarge(declared);
        }
        FunctionRegistry registry = registry(param(ctx, "snapshot"), param(ctx, "edition"));
        CompletableFuture<byte[]> answer = heavy.submit(() -> {
            Deadline deadline = Deadline.in(limits.timeout());
            byte[] body = readBody(ctx);
            return evaluate(body, registry, deadline);
        });
        ctx.future(() -> answer.thenAccept(json -> ctx.contentType("application/json").result(json)));
    }

    private FunctionRegistry registry(String snapshot, String edition) {
        FunctionRegistry registry = source.registry(snapshot, edition);
        if (registry == null) {
            throw new NotFoundResponse("no snapshot " + (snapshot == null ? "(default)" : snapshot) + " with edition "
                    + (edition == null ? "(default)" : edition));
        }
        return registry;
    }

    private static String param(Context ctx, String name) {
        String s = ctx.queryParam(name);
        return s == null || s.isBlank() ? null : s.strip();
    }

    private byte[] readBody(Context ctx) {
        try (InputStream in = ctx.bodyInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) >= 0; ) {
                out.write(buf, 0, n);
                if (out.size() > limits.maxBodyBytes()) {
                    throw tooLarge(-1);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new HttpResponseException(400, "cannot read the request body: " + e.getMessage());
        }
    }

    private HttpResponseException tooLarge(long size) {
        return new HttpResponseException(413, "the workbook " + (size >= 0 ? "has " + size + " bytes; " : "is too large; ")
                + "POST /api/v1/evaluate accepts at most " + limits.maxBodyBytes() + " bytes");
    }

    /** Evaluates an .xlsx's formulas within the limits, parsing included; the JSON answer. Slow: run it on {@link HeavyWork}. */
    byte[] evaluate(byte[] xlsx, FunctionRegistry registry) {
        return evaluate(xlsx, registry, Deadline.in(limits.timeout()));
    }

    private byte[] evaluate(byte[] xlsx, FunctionRegistry registry, Deadline deadline) {
        try {
            UploadScan.scan(xlsx, limits.scan());
            deadline.check();
            try (XSSFWorkbook book = parse(xlsx)) {
                deadline.check(); // parsing cannot be interrupted, but the cell limit bounds it
                return JSON.writeValueAsBytes(evaluate(book, registry, deadline));
            }
        } catch (WorkbookRefusedException e) {
            throw new HttpResponseException(status(e.reason()), e.getMessage());
        } catch (EvaluationStoppedException e) {
            throw new HttpResponseException(422, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int status(WorkbookRefusedException.Reason reason) {
        return switch (reason) {
            case MALFORMED -> 400;
            case TOO_LARGE -> 413;
            case TOO_COSTLY -> 422;
        };
    }

    private static XSSFWorkbook parse(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException | RuntimeException e) {
            // The pre-pass has refused bombs and DOCTYPEs; what is left is a broken package. POI's
            // messages can quote part content, so only the kind of failure is named.
            throw new HttpResponseException(400, "the body is not a readable .xlsx workbook ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private ObjectNode evaluate(XSSFWorkbook book, FunctionRegistry registry, Deadline deadline) {
        book.addToolPack(registry.udfFinder());
        FormulaEvaluator evaluator = XSSFFormulaEvaluator.create(book, deadline, registry.udfFinder());
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode sheets = answer.putArray("sheets");
        int formulas = 0;
        int returned = 0;
        for (Sheet sheet : book) {
            ObjectNode s = sheets.addObject();
            s.put("name", sheet.getSheetName());
            ArrayNode cells = s.putArray("cells");
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    if (++formulas > limits.maxFormulas()) {
                        throw new HttpResponseException(422, "the workbook has more than " + limits.maxFormulas()
                                + " formulas; this server evaluates at most that many");
                    }
                    deadline.check();
                    ObjectNode c = json(cell, FormulaOutcome.of(cell, evaluator));
                    if (returned < limits.maxReturnedCells()) {
                        cells.add(c);
                        returned++;
                    }
                }
            }
        }
        answer.put("formulas", formulas);
        answer.put("truncated", formulas > returned);
        return answer;
    }

    private static ObjectNode json(Cell cell, FormulaOutcome outcome) {
        ObjectNode c = JSON.createObjectNode();
        c.put("cell", cell.getAddress().formatAsString());
        c.put("formula", cell.getCellFormula());
        if (outcome.error() != null) {
            c.put("error", outcome.error());
        } else {
            c.set("value", JSON.valueToTree(outcome.value()));
        }
        if (outcome.message() != null) {
            c.put("message", outcome.message());
        }
        return c;
    }
}
