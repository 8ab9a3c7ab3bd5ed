package org.modelcensus.server.functions;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.modelcensus.functions.spreadsheet.FunctionCatalog;
import org.modelcensus.functions.spreadsheet.FunctionResult;
import org.modelcensus.functions.spreadsheet.Parameter;
import org.modelcensus.functions.spreadsheet.SpreadsheetFunction;

/**
 * The function API without HTTP: request bytes in, status and JSON bytes out, so that it can be
 * timed and tested alone. One {@link FunctionRegistry} (and its result cache) per catalogue.
 */
final class FunctionApi {
    /** Most calls in one batch request. */
    static final int MAX_BATCH = 10_000;
    /** Most registries (snapshot and edition pairs) kept with their caches. */
    private static final int MAX_REGISTRIES = 16;

    /** An HTTP status and a JSON body. */
    record Response(int status, byte[] json) {
    }

    private final CatalogSource source;
    private final Map<FunctionCatalog, FunctionRegistry> registries = new ConcurrentHashMap<>();

    FunctionApi(CatalogSource source) {
        this.source = source;
    }

    /** The registry of a snapshot and edition (null: the defaults), or null when unknown. */
    FunctionRegistry registry(String snapshot, String edition) {
        FunctionCatalog catalog = source.catalog(snapshot, edition);
        if (catalog == null) {
            return null;
        }
        FunctionRegistry registry = registries.get(catalog);
        if (registry == null) {
            if (registries.size() >= MAX_REGISTRIES) {
                registries.clear(); // rare: more snapshots in use than kept; caches refill
            }
            registry = registries.computeIfAbsent(catalog, FunctionRegistry::of);
        }
        return registry;
    }

    /** {@code GET /api/v1/functions}: every function with its parameters. */
    Response catalogue(String snapshot, String edition) {
        FunctionRegistry registry = registry(snapshot, edition);
        if (registry == null) {
            return unknownSnapshot(snapshot, edition);
        }
        return ok(out -> {
            out.writeStartObject();
            out.writeStringField("namespace", FunctionRegistry.NAMESPACE);
            out.writeArrayFieldStart("functions");
            for (SpreadsheetFunction f : registry.functions()) {
                writeFunction(out, f);
            }
            out.writeEndArray();
            out.writeEndObject();
        }, 8192);
    }

    private static void writeFunction(JsonGenerator out, SpreadsheetFunction f) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", FunctionRegistry.id(f));
        out.writeStringField("formula", FunctionRegistry.NAMESPACE + "." + FunctionRegistry.id(f));
        out.writeStringField("description", f.description());
        out.writeArrayFieldStart("parameters");
        for (Parameter p : f.parameters()) {
            out.writeStartObject();
            out.writeStringField("name", p.name());
            out.writeStringField("type", AddinMetadata.type(p.type()));
            out.writeBooleanField("optional", p.optional());
            out.writeStringField("description", p.description());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeStringField("dimensionality", AddinMetadata.dimensionality(f.dimensionality()));
        out.writeArrayFieldStart("resultColumns");
        for (String column : f.resultColumns()) {
            out.writeString(column);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** {@code POST /api/v1/functions/{name}} with {@code {"args":[...]}}. */
    Response call(String snapshot, String edition, String name, byte[] body) {
        FunctionRegistry registry = registry(snapshot, edition);
        if (registry == null) {
            return unknownSnapshot(snapshot, edition);
        }
        SpreadsheetFunction function = registry.find(name).orElse(null);
        if (function == null) {
            return error(404, "#NAME?", unknownFunction(registry, name));
        }
        List<Object> args;
        try {
            args = FunctionJson.args(FunctionJson.object(body), "");
        } catch (FunctionJson.BadRequest e) {
            return error(400, "#VALUE!", e.getMessage());
        }
        FunctionResult result = registry.call(function, args);
        return ok(out -> FunctionJson.writeResult(out, result), 128);
    }

    /** {@code POST /api/v1/functions:batch} with {@code {"calls":[{"name":...,"args":[...]},...]}}. */
    Response batch(String snapshot, String edition, byte[] body) {
        FunctionRegistry registry = registry(snapshot, edition);
        if (registry == null) {
            return unknownSnapshot(snapshot, edition);
        }
        JsonNode calls;
        try {
            calls = FunctionJson.object(body).get("calls");
        } catch (FunctionJson.BadRequest e) {
            return error(400, "#VALUE!", e.getMessage());
        }
        if (calls == null || !calls.isArray()) {
            return error(400, "#VALUE!", "the request body must be {\"calls\":[{\"name\":...,\"args\":[...]},...]}");
        }
        if (calls.size() > MAX_BATCH) {
            return error(413, "#VALUE!", "a batch holds at most " + MAX_BATCH + " calls, got " + calls.size()
                    + "; split it into several requests");
        }
        return ok(out -> {
            out.writeStartObject();
            out.writeArrayFieldStart("results");
            for (int i = 0; i < calls.size(); i++) {
                writeCall(out, registry, calls.get(i), i);
            }
            out.writeEndArray();
            out.writeEndObject();
        }, 64 * calls.size() + 32);
    }

    /** One call of a batch: its result or its own error, never failing the others. */
    private static void writeCall(JsonGenerator out, FunctionRegistry registry, JsonNode call, int i) throws IOException {
        if (!call.isObject() || !call.path("name").isTextual()) {
            FunctionJson.writeError(out, "#VALUE!", "call " + i + " must be {\"name\":...,\"args\":[...]}");
            return;
        }
        String name = call.get("name").textValue();
        SpreadsheetFunction function = registry.find(name).orElse(null);
        if (function == null) {
            FunctionJson.writeError(out, "#NAME?", unknownFunction(registry, name));
            return;
        }
        List<Object> args;
        try {
            args = FunctionJson.args(call, "call " + i + ": ");
        } catch (FunctionJson.BadRequest e) {
            FunctionJson.writeError(out, "#VALUE!", e.getMessage());
            return;
        }
        FunctionJson.writeResult(out, registry.call(function, args));
    }

    private static String unknownFunction(FunctionRegistry registry, String name) {
        return "unknown function '" + name + "'; known: " + String.join(", ", registry.ids());
    }

    private static Response unknownSnapshot(String snapshot, String edition) {
        return error(404, "#N/A", "unknown snapshot or edition: snapshot=" + (snapshot == null ? "(default)" : snapshot)
                + ", edition=" + (edition == null ? "(default)" : edition));
    }

    static Response error(int status, String error, String message) {
        return new Response(status, FunctionJson.bytes(out -> FunctionJson.writeError(out, error, message), 128));
    }

    private static Response ok(FunctionJson.Writer writer, int sizeHint) {
        return new Response(200, FunctionJson.bytes(writer, sizeHint));
    }
}
