package org.modelcensus.functions.edition;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small reader of the built-in edition files into their records, for start-up: Jackson's data
 * binding loads some 600 classes and introspects every record, which was a quarter of a short
 * command's time. It reads only what the built-in files use (objects, arrays, strings, whole
 * numbers, booleans) and answers {@link #UNSUPPORTED} for anything else (a null, a duplicate or
 * unknown key, a missing required field, a value a record rejects), so that {@link EditionFile} reads
 * the file with Jackson instead and reports its problem as it always did. User files always go
 * through Jackson; {@code BuiltInJsonTest} holds this reader's result equal to Jackson's.
 */
final class BuiltInJson {
    /** Not readable here: let Jackson read it. */
    static final Object UNSUPPORTED = new Object();

    private final String text;
    private int pos;

    private BuiltInJson(String text) {
        this.text = text;
    }

    /** The file as {@code type}, or {@link #UNSUPPORTED}. */
    static Object read(byte[] json, Type type) {
        try {
            BuiltInJson r = new BuiltInJson(new String(json, StandardCharsets.UTF_8));
            Object value = r.bind(r.value(), type);
            r.space();
            return r.pos == r.text.length() ? value : UNSUPPORTED;
        } catch (Unsupported | IllegalArgumentException | IndexOutOfBoundsException e) {
            return UNSUPPORTED;
        }
    }

    /** Something this reader leaves to Jackson. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private Object bind(Object json, Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class && json instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(bind(item, p.getActualTypeArguments()[0]));
            }
            return out;
        }
        if (type == String.class && json instanceof String) {
            return json;
        }
        if ((type == int.class || type == Integer.class) && json instanceof Integer) {
            return json;
        }
        if ((type == boolean.class || type == Boolean.class) && json instanceof Boolean) {
            return json;
        }
        if (type == EditionTable.Template.class && json instanceof String s) {
            return new EditionTable.Template(s);
        }
        if (type == EditionTable.Year.class) {
            if (json instanceof String s) {
                return new EditionTable.Year(s);
            }
            if (json instanceof Integer i) {
                return EditionTable.Year.of(i);
            }
            throw new Unsupported();
        }
        if (type == EditionTable.class && json instanceof Map<?, ?> map) {
            Map<String, Object> fields = new LinkedHashMap<>(cast(map));
            Object kind = fields.remove("kind");
            return record(fields, kindClass(kind));
        }
        if (type instanceof Class<?> c && c.isRecord() && json instanceof Map<?, ?> map) {
            return record(cast(map), c);
        }
        throw new Unsupported();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static Class<?> kindClass(Object kind) {
        for (Class<?> c : EditionTable.class.getPermittedSubclasses()) {
            JsonTypeName name = c.getAnnotation(JsonTypeName.class);
            if (name != null && name.value().equals(kind)) {
                return c;
            }
        }
        throw new Unsupported();
    }

    private Object record(Map<String, Object> fields, Class<?> c) {
        RecordComponent[] components = c.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        int used = 0;
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            types[i] = rc.getType();
            Object json = fields.get(rc.getName());
            if (json == null) {
                // Jackson requires every component not marked optional (EditionFile.RequiredByDefault).
                if (rc.getType().isPrimitive() || !rc.getAccessor().isAnnotationPresent(JsonProperty.class)) {
                    throw new Unsupported();
                }
                continue;
            }
            used++;
            args[i] = bind(json, rc.getGenericType());
        }
        if (used != fields.size()) {
            throw new Unsupported();
        }
        try {
            Constructor<?> constructor = c.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException | SecurityException e) {
            throw new Unsupported();
        }
    }

    private Object value() {
        space();
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            default:
                return integer();
        }
    }

    private Map<String, Object> object() {
        pos++;
        Map<String, Object> out = new HashMap<>();
        space();
        if (text.charAt(pos) == '}') {
            pos++;
            return out;
        }
        while (true) {
            space();
            if (text.charAt(pos) != '"') {
                throw new Unsupported();
            }
            String key = string();
            expect(':');
            if (out.put(key, value()) != null) {
                throw new Unsupported();
            }
            space();
            char c = text.charAt(pos++);
            if (c == '}') {
                return out;
            }
            if (c != ',') {
                throw new Unsupported();
            }
        }
    }

    private List<Object> array() {
        pos++;
        List<Object> out = new ArrayList<>();
        space();
        if (text.charAt(pos) == ']') {
            pos++;
            return out;
        }
        while (true) {
            out.add(value());
            space();
            char c = text.charAt(pos++);
            if (c == ']') {
                return out;
            }
            if (c != ',') {
                throw new Unsupported();
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new Unsupported();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> throw new Unsupported();
            }
        }
    }

    private Object literal(String word, Boolean value) {
        if (!text.startsWith(word, pos)) {
            throw new Unsupported();
        }
        pos += word.length();
        return value;
    }

    /** A whole number that fits an int, without leading zeros; anything else (fractions, exponents, null) is Jackson's. */
    private Integer integer() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        if (pos == digits || (text.charAt(digits) == '0' && pos - digits > 1)) {
            throw new Unsupported();
        }
        return Integer.valueOf(text.substring(start, pos));
    }

    private void expect(char c) {
        space();
        if (text.charAt(pos++) != c) {
            throw new Unsupported();
        }
    }

    private void space() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            pos++;
        }
    }
}
