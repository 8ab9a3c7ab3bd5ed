package org.modelcensus.functions.normalize;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.modelcensus.functions.dataset.BadInputException;

/**
 * Reads edition files: the built-in ones listed in {@code editions/index.json}, or a user's file.
 * Every field and table parameter is checked on load; an unknown table kind or parameter, a missing
 * one or a value of the wrong type fails with file and line.
 */
final class EditionFile {
    static final String DIRECTORY = "editions/";
    private static final ObjectMapper MAPPER = mapper();
    private static final Pattern TABLE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,30}");
    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'.*", Pattern.DOTALL);

    /** The file's top level; fields marked {@code @JsonProperty} are optional, all others required. */
    private record Document(String id, EditionTable.Template title, @JsonProperty("publication") String publication,
            Years years, String mappingScope, @JsonProperty("snapshot") String snapshot,
            @JsonProperty("publishedFigures") String publishedFigures, List<EditionTable> tables) {
    }

    /** The years the edition's tables cover, both included. */
    private record Years(int from, int to) {
        Years {
            if (from < 1900 || to > 2999 || from > to) {
                throw new IllegalArgumentException("years must run from one year to a later or equal one, not "
                        + from + " to " + to);
            }
        }
    }

    private EditionFile() {
    }

    /** The built-in editions, in the order of {@code editions/index.json}. */
    static List<Edition> builtIns() {
        List<String> names = read(DIRECTORY + "index.json", resource("index.json"), new TypeReference<List<String>>() {
        });
        List<Edition> editions = new ArrayList<>();
        for (String name : names) {
            editions.add(edition(DIRECTORY + name, read(DIRECTORY + name, resource(name), new TypeReference<Document>() {
            })));
        }
        return List.copyOf(editions);
    }

    /** A user's edition file; its mapping scope and printed figures must be those of a built-in edition. */
    static Edition load(Path file) {
        Document d;
        try (InputStream in = Files.newInputStream(file)) {
            d = read(file.toString(), in, new TypeReference<Document>() {
            });
        } catch (IOException e) {
            throw new BadInputException(file.toString(), 0, 0, "cannot read edition file: " + e.getMessage(), e);
        }
        Edition edition = edition(file.toString(), d);
        List<Edition> builtIns = Edition.builtIns();
        if (!Edition.mappingScopes().contains(edition.mappingScope())) {
            throw new BadInputException(file.toString(), 0, 0, "mappingScope '" + edition.mappingScope()
                    + "' is not a scope mapping rows use; known: " + String.join(", ", Edition.mappingScopes()));
        }
        Set<String> figures = builtIns.stream().flatMap(e -> e.publishedFigures().stream()).collect(Collectors.toSet());
        if (edition.publishedFigures().isPresent() && !figures.contains(edition.publishedFigures().get())) {
            throw new BadInputException(file.toString(), 0, 0, "publishedFigures '" + edition.publishedFigures().get()
                    + "' names no printed figures; known: " + String.join(", ", figures));
        }
        return edition;
    }

    private static InputStream resource(String name) {
        InputStream in = EditionFile.class.getResourceAsStream("/" + DIRECTORY + name);
        if (in == null) {
            throw new IllegalStateException("built-in edition file " + DIRECTORY + name + " is missing from the jar");
        }
        return in;
    }

    private static <T> T read(String source, InputStream in, TypeReference<T> type) {
        try (in) {
            return MAPPER.readValue(in, type);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new BadInputException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    problem(e), e);
        } catch (IOException e) {
            throw new BadInputException(source, 0, 0, "cannot read edition file: " + e.getMessage(), e);
        }
    }

    /** Checks what spans several fields: table ids (unique, usable as sheet names). */
    private static Edition edition(String source, Document d) {
        Set<String> ids = new HashSet<>();
        for (EditionTable t : d.tables()) {
            if (!TABLE_ID.matcher(t.id()).matches()) {
                throw new BadInputException(source, 0, 0, "table id '" + t.id() + "' must start with a letter and "
                        + "have at most 31 letters, digits, '.', '_' or '-' (it names a workbook sheet)");
            }
            if (!ids.add(t.id())) {
                throw new BadInputException(source, 0, 0, "two tables have the id '" + t.id() + "'");
            }
        }
        return new Edition(new Edition.Declared(d.id(), d.title(), d.publication(), d.years().from(), d.years().to(),
                d.mappingScope(), d.snapshot(), d.publishedFigures(), d.tables()), source);
    }

    /** One sentence for the user, naming the field by its path in the file (e.g. {@code tables[3].n}). */
    private static String problem(JacksonException e) {
        String where = e instanceof JsonMappingException m ? path(m) : "";
        String in = where.isEmpty() ? "" : " (at " + where + ")";
        if (e instanceof InvalidTypeIdException t) {
            return t.getTypeId() == null ? "a table needs a \"kind\"; one of: " + kinds() + in
                    : "unknown table kind '" + t.getTypeId() + "'; known: " + kinds() + in;
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
                return "missing parameter '" + missing.group(1) + "'" + in;
            }
            return where.isEmpty() ? firstLine(m.getOriginalMessage()) : where + " must be " + expected(m.getTargetType());
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
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
        if (type != null && List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static String firstLine(String message) {
        int eol = message.indexOf('\n');
        return eol < 0 ? message : message.substring(0, eol);
    }

    /** The kind names, from the {@code @JsonTypeName} of each table record. */
    static List<String> kinds() {
        List<String> out = new ArrayList<>();
        for (Class<?> c : EditionTable.class.getPermittedSubclasses()) {
            out.add(c.getAnnotation(com.fasterxml.jackson.annotation.JsonTypeName.class).value());
        }
        return out;
    }

    /**
     * Strict JSON: no unknown fields, no duplicate keys, no "3" for 3 or 3.5 for 3, no nulls; every
     * record component is required unless it carries {@code @JsonProperty}.
     */
    private static ObjectMapper mapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .annotationIntrospector(new RequiredByDefault())
                .build();
        for (CoercionInputShape shape : List.of(CoercionInputShape.String, CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.EmptyString)) {
            mapper.coercionConfigDefaults().setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }

    /**
     * Makes a field without {@code @JsonProperty} required and not null, so that a forgotten
     * parameter is an error, not a 0; an optional field may be absent.
     */
    private static final class RequiredByDefault extends JacksonAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean hasRequiredMarker(AnnotatedMember m) {
            Boolean marked = super.hasRequiredMarker(m);
            return marked == null ? Boolean.TRUE : marked;
        }

        @Override
        public JsonSetter.Value findSetterInfo(Annotated a) {
            return a.hasAnnotation(JsonProperty.class) ? super.findSetterInfo(a) : JsonSetter.Value.forValueNulls(Nulls.FAIL);
        }
    }
}
