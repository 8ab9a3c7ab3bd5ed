package org.modelcensus.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.Mappings;
import org.modelcensus.functions.normalize.Unmapped;
import org.modelcensus.server.http.Access;
import org.modelcensus.server.http.ReportParam;
import org.modelcensus.server.http.RequestBody;
import org.modelcensus.server.http.Routes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code /api/v1/snapshots} routes: list, upload (multipart field {@code file}) or import
 * ({@code {"url": "https://..."}}), diff of two snapshots and unmapped values of one. Malformed
 * input raises {@link BadInputException} for the app's central mapping (HTTP 400); the store's own
 * errors are mapped here: too large 413, unknown id 404, disk full 507, corrupt on disk 500, each as
 * {@code {"error": ..., "message": ...}}. Authentication is the app's before-handlers' business.
 */
public final class SnapshotRoutes implements Routes {
    /** Multipart framing allowed on top of the snapshot itself before a request counts as too large. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotRoutes.class);

    private final SnapshotStore store;
    private final UrlImport urlImport;

    public SnapshotRoutes(SnapshotStore store, UrlImport urlImport) {
        this.store = store;
        this.urlImport = urlImport;
    }

    public SnapshotRoutes(SnapshotStore store) {
        this(store, new UrlImport(store));
    }

    @Override
    public void addTo(Javalin app) {
        app.get("/api/v1/snapshots", ctx -> ctx.json(Map.of("snapshots", store.list())));
        app.post("/api/v1/snapshots", this::post, Access.UPLOAD);
        app.get("/api/v1/snapshots/{a}/diff/{b}", ctx -> ctx.json(SnapshotJson.diff(
                store.metadata(ctx.pathParam("a")), store.snapshot(ctx.pathParam("a")),
                store.metadata(ctx.pathParam("b")), store.snapshot(ctx.pathParam("b")))));
        app.get("/api/v1/snapshots/{id}/unmapped", this::unmapped);
        app.exception(SnapshotTooLargeException.class,
                (e, ctx) -> error(ctx, HttpStatus.CONTENT_TOO_LARGE, "content_too_large", e.getMessage()));
        app.exception(UnknownSnapshotException.class,
                (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, "not_found", e.getMessage()));
        app.exception(StoreFullException.class, (e, ctx) -> {
            LOG.warn("{} {}: 507, the snapshot store's disk is full: {}", ctx.method(), ctx.path(), e.getMessage());
            error(ctx, HttpStatus.INSUFFICIENT_STORAGE, "insufficient_storage", e.getMessage());
        });
        app.exception(CorruptSnapshotException.class,
                (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "corrupt_snapshot", e.getMessage()));
    }

    private void post(Context ctx) throws IOException {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        StoredSnapshot stored = type.startsWith("multipart/form-data") ? upload(ctx) : importUrl(ctx);
        stored.warnings().forEach(w -> LOG.warn("snapshot {}: {}", stored.info().id(), w));
        Map<String, Object> body = JSON.convertValue(stored.info(), new TypeReference<LinkedHashMap<String, Object>>() { });
        if (!stored.warnings().isEmpty()) {
            body.put("warnings", stored.warnings());
        }
        ctx.status(stored.created() ? HttpStatus.CREATED : HttpStatus.OK).json(body);
    }

    private StoredSnapshot upload(Context ctx) throws IOException {
        if (ctx.contentLength() > store.maxBytes() + MULTIPART_OVERHEAD) {
            throw new SnapshotTooLargeException("upload", store.maxBytes());
        }
        UploadedFile file = RequestBody.uploadedFile(ctx, "file");
        if (file == null) {
            throw new BadInputException("upload", 0, 0, "the multipart request has no field named 'file'");
        }
        if (file.size() > store.maxBytes()) {
            throw new SnapshotTooLargeException(SnapshotStore.cleanName(file.filename()), store.maxBytes());
        }
        try (InputStream in = file.content()) {
            return store.put(file.filename(), in);
        }
    }

    private StoredSnapshot importUrl(Context ctx) {
        JsonNode url;
        try {
            url = JSON.readTree(ctx.body()).path("url");
        } catch (JsonProcessingException e) {
            throw new BadInputException("request body", 0, 0, "expected a multipart upload with a field 'file', "
                    + "or JSON {\"url\": \"https://...\"}: " + e.getOriginalMessage(), e);
        }
        if (!url.isTextual()) {
            throw new BadInputException("request body", 0, 0, "expected a multipart upload with a field 'file', "
                    + "or JSON {\"url\": \"https://...\"}");
        }
        return urlImport.importUrl(url.asText());
    }

    private void unmapped(Context ctx) {
        String id = ctx.pathParam("id");
        Edition edition = ReportParam.of(ctx);
        SnapshotInfo info = store.metadata(id);
        Unmapped unmapped = Unmapped.of(store.snapshot(id), Mappings.builtIn(edition));
        ctx.json(SnapshotJson.unmapped(info, edition, unmapped));
    }

    private static void error(Context ctx, HttpStatus status, String code, String message) {
        ctx.status(status).json(Map.of("error", code, "message", message));
    }
}
