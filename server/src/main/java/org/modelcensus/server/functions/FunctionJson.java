package org.modelcensus.server.functions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.modelcensus.functions.query.ExcelError;
import org.modelcensus.functions.spreadsheet.FunctionResult;

/**
 * The JSON of the function API: arguments in, {@code {"value":...}} or
 * {@code {"error":"#N/A","message":"..."}} out. Arguments are JSON numbers, strings, booleans, null
 * (blank), arrays of rows (a range; a flat array is one row) or {@code {"error":"#N/A"}}.
 */
final class FunctionJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private FunctionJson() {
    }

    /** Malformed request JSON, with what is wrong. */
    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    /** The root of a request body, which must be a JSON object. */
    static JsonNode object(byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadRequest("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadRequest("unreadable request body: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadRequest("the request body must be a JSON object");
        }
        return root;
    }

    /** The arguments of {@code {"args":[...]}}; omitted means none. */
    static List<Object> args(JsonNode call, String where) {
        JsonNode args = call.get("args");
        if (args == null || args.isNull()) {
            return List.of();
        }
        if (!args.isArray()) {
            throw new BadRequest(where + "\"args\" must be an array");
        }
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = argument(args.get(i));
        }
        return Arrays.asList(values);
    }

    private static Object argument(JsonNode v) {
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isArray()) {
            return rows(v);
        }
        if (v.isObject()) {
            return error(v.path("error").asText(""));
        }
        return null;
    }

    private static List<List<Object>> rows(JsonNode array) {
        List<List<Object>> rows = new ArrayList<>(array.size());
        if (array.size() > 0 && !array.get(0).isArray()) {
            rows.add(row(array));
            return rows;
        }
        for (JsonNode row : array) {
            rows.add(row.isArray() ? row(row) : Arrays.asList(argument(row)));
        }
        return rows;
    }

    private static List<Object> row(JsonNode array) {
        Object[] row = new Object[array.size()];
        for (int i = 0; i < row.length; i++) {
            JsonNode cell = array.get(i);
            row[i] = cell.isArray() ? ExcelError.VALUE : argument(cell);
        }
        return Arrays.asList(row);
    }

    private static ExcelError error(String text) {
        for (ExcelError e : ExcelError.values()) {
            if (e.text().equalsIgnoreCase(text.strip())) {
                return e;
            }
        }
        return ExcelError.VALUE;
    }

    /** Writes {@code {"value":...[,"message":...]}} or {@code {"error":...,"message":...}}. */
    static void writeResult(JsonGenerator out, FunctionResult result) throws IOException {
        out.writeStartObject();
        if (result.value() instanceof ExcelError e) {
            out.writeStringField("error", e.text());
            out.writeStringField("message", result.message());
        } else {
            out.writeFieldName("value");
            writeValue(out, result.value());
            if (!result.message().isEmpty()) {
                out.writeStringField("message", result.message());
            }
        }
        out.writeEndObject();
    }

    /** Writes {@code {"error":...,"message":...}}. */
    static void writeError(JsonGenerator out, String error, String message) throws IOException {
        out.writeStartObject();
        out.writeStringField("error", error);
        out.writeStringField("message", message);
        out.writeEndObject();
    }

    private static void writeValue(JsonGenerator out, Object value) throws IOException {
        if (value instanceof Double d) {
            out.writeNumber(d);
        } else if (value instanceof Number n) {
            out.writeNumber(n.doubleValue());
        } else if (value instanceof Boolean b) {
            out.writeBoolean(b);
        } else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object item : list) {
                writeValue(out, item);
            }
            out.writeEndArray();
        } else if (value == null) {
            out.writeNull();
        } else {
            out.writeString(value.toString());
        }
    }

    /** Something that writes JSON. */
    @FunctionalInterface
    interface Writer {
        void write(JsonGenerator out) throws IOException;
    }

    /** The UTF-8 bytes {@code writer} produces. */
    static byte[] bytes(Writer writer, int sizeHint) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(sizeHint);
        try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return bytes.toByteArray();
    }
}
