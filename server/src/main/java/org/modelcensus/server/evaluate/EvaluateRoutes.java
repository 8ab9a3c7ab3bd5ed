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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.modelcensus.functions.spreadsheet.FunctionCatalog;
import org.modelcensus.server.functions.CatalogSource;
import org.modelcensus.server.functions.FunctionRegistry;
import org.modelcensus.server.http.Access;
import org.modelcensus.server.http.HeavyWork;
import org.modelcensus.server.http.Routes;

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
 * memory is bounded by the pool size times the {@link Limits}. Over a limit: body → 413; the zip
 * inflating beyond its limit (a zip bomb) → 413 before POI parses anything; not a zip, not an
 * .xlsx, a DOCTYPE in a part (external entities, billion laughs: POI refuses DOCTYPEs) → 400;
 * too many formulas, too slow, a dependency chain too deep → 422. All errors are JSON.
 */
public final class EvaluateRoutes implements Routes {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // Process-wide POI limits for every .xlsx POI opens (these are at least as strict as POI's defaults).
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), 0.01));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), Limits.DEFAULT_MAX_INFLATED));
        ZipSecureFile.setMaxTextSize(Math.min(ZipSecureFile.getMaxTextSize(), 10_000_000L));
    }

    /**
     * @param maxBodyBytes     the largest .xlsx accepted (413 beyond)
     * @param maxInflatedBytes the most all zip entries may inflate to together (413 beyond)
     * @param maxEntries       the most zip entries
     * @param maxFormulas      the most formula cells evaluated (422 beyond)
     * @param maxReturnedCells the most cells listed in the answer ({@code "truncated": true} beyond)
     * @param timeout          the longest an evaluation may run, checked between cells (422 beyond)
     */
    public record Limits(long maxBodyBytes, long maxInflatedBytes, int maxEntries, int maxFormulas,
            int maxReturnedCells, Duration timeout) {
        static final long DEFAULT_MAX_INFLATED = 128L << 20;

        /** 10 MiB bodies, 128 MiB inflated, 10,000 entries, 100,000 formulas, 10,000 cells listed, 20 s. */
        public static Limits defaults() {
            return new Limits(10L << 20, DEFAULT_MAX_INFLATED, 10_000, 100_000, 10_000, Duration.ofSeconds(20));
        }

        public Limits withMaxBodyBytes(long value) {
            return new Limits(value, maxInflatedBytes, maxEntries, maxFormulas, maxReturnedCells, timeout);
        }
    }

    private final CatalogSource source;
    private final HeavyWork heavy;
    private final Limits limits;
    private final Map<FunctionCatalog, FunctionRegistry> registries = new ConcurrentHashMap<>();

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
            byte[] body = readBody(ctx);
            return evaluate(body, registry);
        });
        ctx.future(() -> answer.thenAccept(json -> ctx.contentType("application/json").result(json)));
    }

    private FunctionRegistry registry(String snapshot, String edition) {
        FunctionCatalog catalog = source.catalog(snapshot, edition);
        if (catalog == null) {
            throw new NotFoundResponse("no snapshot " + (snapshot == null ? "(default)" : snapshot) + " with edition "
                    + (edition == null ? "(default)" : edition));
        }
        return registries.computeIfAbsent(catalog, FunctionRegistry::of);
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

    /** Evaluates an .xlsx's formulas; the JSON answer. Slow: run it on {@link HeavyWork}. */
    byte[] evaluate(byte[] xlsx, FunctionRegistry registry) {
        checkZip(xlsx);
        XSSFWorkbook book;
        try {
            book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
        try (book) {
            return JSON.writeValueAsBytes(evaluate(book, registry));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Walks the zip's entries before POI sees it: a zip at all, unique names, bounded entries and inflated size. */
    private void checkZip(byte[] xlsx) {
        if (xlsx.length >= 8 && xlsx[0] == (byte) 0xD0 && xlsx[1] == (byte) 0xCF) {
            throw new HttpResponseException(400, "this is an old binary .xls (or another OLE2 file); "
                    + "save it as an .xlsx workbook");
        }
        long inflated = 0;
        int entries = 0;
        boolean contentTypes = false;
        Set<String> names = new HashSet<>();
        byte[] buf = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (++entries > limits.maxEntries()) {
                    throw new HttpResponseException(413, "the workbook has more than " + limits.maxEntries() + " zip entries");
                }
                if (!names.add(e.getName().toLowerCase(java.util.Locale.ROOT))) {
                    throw new HttpResponseException(400, "the zip holds the entry " + e.getName() + " twice");
                }
                contentTypes |= e.getName().equals("[Content_Types].xml");
                for (int n; (n = zip.read(buf)) >= 0; ) {
                    inflated += n;
                    if (inflated > limits.maxInflatedBytes()) {
                        throw new HttpResponseException(413, "the workbook inflates to more than "
                                + limits.maxInflatedBytes() + " bytes (a zip bomb?); the limit is "
                                + limits.maxInflatedBytes());
                    }
                }
            }
        } catch (ZipException e) {
            throw new HttpResponseException(400, "the body is not a valid zip, so not an .xlsx: " + e.getMessage());
        } catch (IOException e) {
            throw new HttpResponseException(400, "the body is not a readable zip, so not an .xlsx");
        }
        if (entries == 0) {
            throw new HttpResponseException(400, "the body is not an .xlsx workbook (not a zip); send the file's bytes "
                    + "with Content-Type: " + XLSX);
        }
        if (!contentTypes) {
            throw new HttpResponseException(400, "the zip is not an .xlsx workbook: it has no [Content_Types].xml");
        }
    }

    private static HttpResponseException unreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("max. ratio") || m.contains("exceeds the max")) {
                return new HttpResponseException(413, "the workbook inflates beyond POI's limits (a zip bomb?)");
            }
            if (m.contains("DOCTYPE")) {
                return new HttpResponseException(400, "the workbook's XML declares a DOCTYPE, which is refused "
                        + "(external entities, entity expansion)");
            }
        }
        // POI's messages can quote part content; name the kind of failure only.
        return new HttpResponseException(400, "the body is not a readable .xlsx workbook ("
                + e.getClass().getSimpleName() + ")");
    }

    private ObjectNode evaluate(XSSFWorkbook book, FunctionRegistry registry) {
        book.addToolPack(registry.udfFinder());
        FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
        long deadline = System.nanoTime() + limits.timeout().toNanos();
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
                    if (System.nanoTime() > deadline) {
                        throw new HttpResponseException(422, "the evaluation took longer than "
                                + limits.timeout().toSeconds() + " s and was stopped");
                    }
                    ObjectNode c = evaluate(cell, evaluator);
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

    private static ObjectNode evaluate(Cell cell, FormulaEvaluator evaluator) {
        ObjectNode c = JSON.createObjectNode();
        c.put("cell", cell.getAddress().formatAsString());
        c.put("formula", cell.getCellFormula());
        CellValue v;
        try {
            v = evaluator.evaluate(cell);
        } catch (StackOverflowError e) {
            throw new HttpResponseException(422, "the formula in " + cell.getSheet().getSheetName() + "!"
                    + cell.getAddress().formatAsString() + " depends on a chain of cells too deep to evaluate");
        } catch (RuntimeException e) {
            c.put("error", FormulaError.VALUE.getString());
            c.put("message", "cannot evaluate: " + e.getClass().getSimpleName());
            return c;
        }
        if (v == null) {
            c.putNull("value");
            return c;
        }
        switch (v.getCellType()) {
            case NUMERIC -> c.put("value", v.getNumberValue());
            case STRING -> c.put("value", v.getStringValue());
            case BOOLEAN -> c.put("value", v.getBooleanValue());
            case ERROR -> c.put("error", errorText(v.getErrorValue()));
            default -> c.putNull("value");
        }
        return c;
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#VALUE!";
        }
    }
}
