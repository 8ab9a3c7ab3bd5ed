package org.modelcensus.server.functions;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
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
    /** Fewest uncached calls in a batch that are computed in parallel. */
    static final int PARALLEL_MISSES = 64;

    /** An HTTP status and a JSON body. */
    record Response(int status, byte[] json) {
    }

    private final CatalogSource source;

    FunctionApi(CatalogSource source) {
        this.source = source;
    }

    /** The registry of a snapshot and edition (null: the defaults), or null when unknown. */
    FunctionRegistry registry(String snapshot, String edition) {
        return source.registry(snapshot, edition);
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
        int n = calls.size();
        Object[] outcomes = new Object[n];
        for (int i = 0; i < n; i++) {
            outcomes[i] = resolve(registry, calls.get(i), i);
        }
        computeMisses(registry, outcomes);
        return ok(out -> {
            out.writeStartObject();
            out.writeArrayFieldStart("results");
            for (Object outcome : outcomes) {
                if (outcome instanceof FunctionResult result) {
                    FunctionJson.writeResult(out, result);
                } else if (outcome instanceof Call call) {
                    FunctionJson.writeResult(out, registry.call(call.function(), call.args()));
                } else {
                    CallError e = (CallError) outcome;
                    FunctionJson.writeError(out, e.error(), e.message());
                }
            }
            out.writeEndArray();
            out.writeEndObject();
        }, 64 * n + 32);
    }

    /** A call of a batch to compute (its result was not cached when the batch was read). */
    private record Call(SpreadsheetFunction function, List<Object> args) {
    }

    /** A call of a batch that failed on its own: an Excel error and a message. */
    private record CallError(String error, String message) {
    }

    /**
     * One call of a batch: its cached {@link FunctionResult}, a {@link Call} to compute, or its own
     * {@link CallError}, never failing the others.
     */
    private static Object resolve(FunctionRegistry registry, JsonNode call, int i) {
        if (!call.isObject() || !call.path("name").isTextual()) {
            return new CallError("#VALUE!", "call " + i + " must be {\"name\":...,\"args\":[...]}");
        }
        String name = call.get("name").textValue();
        SpreadsheetFunction function = registry.find(name).orElse(null);
        if (function == null) {
            return new CallError("#NAME?", unknownFunction(registry, name));
        }
        List<Object> args;
        try {
            args = FunctionJson.args(call, "call " + i + ": ");
        } catch (FunctionJson.BadRequest e) {
            return new CallError("#VALUE!", e.getMessage());
        }
        FunctionResult cached = registry.cached(function, args);
        return cached != null ? cached : new Call(function, args);
    }

    /**
     * Computes the batch's uncached calls in place: over every core (the common fork-join pool and
     * this thread) when there are at least {@value #PARALLEL_MISSES}, else here. Results go through
     * the cache, so a call repeated in the batch is computed about once.
     */
    static void computeMisses(FunctionRegistry registry, Object[] outcomes) {
        int misses = 0;
        for (Object outcome : outcomes) {
            if (outcome instanceof Call) {
                misses++;
            }
        }
        if (misses < PARALLEL_MISSES) {
            return; // computed while writing, as before
        }
        IntStream.range(0, outcomes.length).parallel().forEach(i -> {
            if (outcomes[i] instanceof Call call) {
                outcomes[i] = registry.call(call.function(), call.args());
            }
        });
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
