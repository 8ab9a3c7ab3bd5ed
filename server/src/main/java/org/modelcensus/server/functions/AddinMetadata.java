package org.modelcensus.server.functions;

import java.io.IOException;
import org.modelcensus.functions.spreadsheet.Dimensionality;
import org.modelcensus.functions.spreadsheet.Parameter;
import org.modelcensus.functions.spreadsheet.SpreadsheetFunction;

/**
 * The Office add-in's custom-functions metadata ({@code functions.json}), generated from the
 * registry: one entry per function with its stable id, its parameters, its result shape and its
 * {@code helpUrl}, the function's section of the server's own reference page ({@link AddinHelpPage}).
 */
final class AddinMetadata {
    private AddinMetadata() {
    }

    /** The metadata JSON, pretty-printed, with help links under {@code base} (e.g. {@code https://census.example.org}). */
    static byte[] json(FunctionRegistry registry, String base) {
        return FunctionJson.bytes(out -> {
            out.useDefaultPrettyPrinter();
            out.writeStartObject();
            out.writeArrayFieldStart("functions");
            for (SpreadsheetFunction f : registry.functions()) {
                write(out, f, base);
            }
            out.writeEndArray();
            out.writeEndObject();
        }, 8192);
    }

    private static void write(com.fasterxml.jackson.core.JsonGenerator out, SpreadsheetFunction f, String base)
            throws IOException {
        out.writeStartObject();
        out.writeStringField("id", FunctionRegistry.id(f));
        out.writeStringField("name", FunctionRegistry.id(f));
        out.writeStringField("description", f.description());
        out.writeStringField("helpUrl", base + AddinHelpPage.PATH + "#" + FunctionReference.anchor(f));
        out.writeObjectFieldStart("result");
        out.writeStringField("type", "any");
        out.writeStringField("dimensionality", dimensionality(f.dimensionality()));
        out.writeEndObject();
        out.writeArrayFieldStart("parameters");
        for (Parameter p : f.parameters()) {
            out.writeStartObject();
            out.writeStringField("name", p.name());
            out.writeStringField("description", p.description());
            out.writeStringField("type", type(p.type()));
            out.writeStringField("dimensionality", "scalar");
            out.writeBooleanField("optional", p.optional());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** The Office type of a parameter: {@code number}, {@code string} or {@code any}. */
    static String type(Parameter.Type type) {
        return switch (type) {
            case NUMBER -> "number";
            case TEXT -> "string";
            case ANY -> "any";
        };
    }

    /** The Office dimensionality: {@code scalar} or {@code matrix}. */
    static String dimensionality(Dimensionality d) {
        return d == Dimensionality.MATRIX ? "matrix" : "scalar";
    }
}
