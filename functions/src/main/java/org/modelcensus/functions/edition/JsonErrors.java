package org.modelcensus.functions.edition;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.modelcensus.functions.dataset.BadInputException;

/**
 * Turns what Jackson rejects in an edition file into one sentence with the file, line and column
 * of the field concerned, e.g. {@code mine.json, line 12, column 7: unknown parameter 'top' (at tables[3].top)}.
 */
final class JsonErrors {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'.*", Pattern.DOTALL);

    private JsonErrors() {
    }

    /** The error for a value Jackson could not read. */
    static BadInputException of(String source, byte[] json, JacksonException e) {
        List<Object> path = e instanceof JsonMappingException m ? steps(m) : List.of();
        String problem = problem(e, json, path);
        if (problem.startsWith("missing parameter") && !path.isEmpty()) {
            path = path.subList(0, path.size() - 1);
        }
        // Jackson places an unknown or missing field at the end of its object; the path finds the field itself.
        JsonLocation at = e instanceof JsonMappingException ? locate(json, path) : null;
        at = at != null ? at : e.getLocation();
        return new BadInputException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                problem, e);
    }

    /** An error about the value at {@code path} (field names and list indexes), e.g. {@code tables, 3, id}. */
    static BadInputException at(String source, byte[] json, List<Object> path, String problem) {
        JsonLocation at = locate(json, path);
        return new BadInputException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                path.isEmpty() ? problem : problem + " (at " + text(path) + ")");
    }

    private static String problem(JacksonException e, byte[] json, List<Object> path) {
        String where = text(path);
        String in = where.isEmpty() ? "" : " (at " + where + ")";
        if (e instanceof InvalidNullException n) {
            return (where.isEmpty() ? String.valueOf(n.getPropertyName()) : where) + " must not be null";
        }
        if (e instanceof InvalidTypeIdException t) {
            if (t.getTypeId() == null && !where.isEmpty() && tokenAt(json, path) != JsonToken.START_OBJECT) {
                return where + " must be an object";
            }
            return t.getTypeId() == null ? "a table needs a \"kind\"; one of: " + EditionFile.kinds() + in
                    : "unknown table kind '" + t.getTypeId() + "'; known: " + EditionFile.kinds() + in;
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown parameter '" + u.getPropertyName() + "'" + in + "; known: "
                    + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return v.getCause().getMessage() + in;
        }
        if (e instanceof MismatchedInputException m) {
            Matcher missing = MISSING.matcher(m.getOriginalMessage());
            if (missing.matches()) {
                String parent = path.size() > 1 ? text(path.subList(0, path.size() - 1)) : "";
                return "missing parameter '" + missing.group(1) + "'" + (parent.isEmpty() ? "" : " (at " + parent + ")");
            }
            if (where.isEmpty()) {
                return m.getTargetType() != null && m.getTargetType().isRecord()
                        ? "the edition file must be a JSON object {\"id\": ..., \"tables\": [...]}"
                        : firstLine(m.getOriginalMessage());
            }
            return where + " must be " + expected(m.getTargetType());
        }
        return firstLine(e.getOriginalMessage());
    }

    private static List<Object> steps(JsonMappingException e) {
        List<Object> steps = new ArrayList<>();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                steps.add(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                steps.add(r.getIndex());
            }
        }
        return steps;
    }

    /** A path as the user reads it, e.g. {@code tables[3].n}. */
    private static String text(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(step);
            }
        }
        return out.toString();
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == EditionTable.Template.class) {
            return "text";
        }
        if (type == EditionTable.Year.class) {
            return "a year such as 2024 or a placeholder such as \"{last}\"";
        }
        return type != null && List.class.isAssignableFrom(type) ? "a list" : "an object";
    }

    private static String firstLine(String message) {
        int eol = message.indexOf('\n');
        return eol < 0 ? message : message.substring(0, eol);
    }

    /** The first token of the value at {@code path}, or null if the file has none there. */
    private static JsonToken tokenAt(byte[] json, List<Object> path) {
        try (JsonParser p = FACTORY.createParser(json)) {
            p.nextToken();
            for (Object step : path) {
                if ((step instanceof Integer i ? element(p, i) : field(p, (String) step)) == null) {
                    return null;
                }
            }
            return p.currentToken();
        } catch (IOException e) {
            return null;
        }
    }

    /** Where the field or element at {@code path} starts, or null if the file has none there. */
    static JsonLocation locate(byte[] json, List<Object> path) {
        try (JsonParser p = FACTORY.createParser(json)) {
            p.nextToken();
            JsonLocation at = p.currentTokenLocation();
            for (Object step : path) {
                at = step instanceof Integer i ? element(p, i) : field(p, (String) step);
                if (at == null) {
                    return null;
                }
            }
            return at;
        } catch (IOException e) {
            return null;
        }
    }

    /** Moves to the value of field {@code name} of the current object; the location of its name. */
    private static JsonLocation field(JsonParser p, String name) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return null;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation at = p.currentTokenLocation();
            boolean found = name.equals(p.currentName());
            p.nextToken();
            if (found) {
                return at;
            }
            p.skipChildren();
        }
        return null;
    }

    /** Moves to element {@code index} of the current array; its location. */
    private static JsonLocation element(JsonParser p, int index) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return null;
        }
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY && p.currentToken() != null; i++) {
            if (i == index) {
                return p.currentTokenLocation();
            }
            p.skipChildren();
        }
        return null;
    }
}
