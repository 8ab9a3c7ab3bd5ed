package org.modelcensus.functions.edition;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.modelcensus.functions.dataset.BadInputException;

/**
 * Reads edition files: the built-in ones listed in {@code editions/index.json}, or a user's file.
 * Every field and table parameter is checked on load; an unknown table kind or parameter, a missing
 * one or a value of the wrong type fails with file and line.
 */
final class EditionFile {
    static final String DIRECTORY = "editions/";
    private static final Pattern TABLE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,30}");
    /** An edition id goes into URLs and file names. */
    private static final Pattern EDITION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** The file's top level; fields marked {@code @JsonProperty} are optional, all others required. */
    record Document(String id, EditionTable.Template title, @JsonProperty("publication") String publication,
            Years years, String mappingScope, @JsonProperty("snapshot") String snapshot,
            @JsonProperty("publishedFigures") String publishedFigures, List<EditionTable> tables) {
    }

    /** The years the edition's tables cover, both included. */
    record Years(int from, int to) {
        Years {
            if (from < 1900 || to > 2999 || from > to) {
                throw new IllegalArgumentException("years must run from one year to a later or equal one, not "
                        + from + " to " + to);
            }
        }
    }

    static final TypeReference<Document> DOCUMENT = new TypeReference<>() {
    };

    private EditionFile() {
    }

    /** The built-in editions, in the order of {@code editions/index.json}. */
    static List<Edition> builtIns() {
        String index = DIRECTORY + "index.json";
        List<Edition> editions = new ArrayList<>();
        for (String name : parse(index, resource(index), new TypeReference<List<String>>() {
        }, true)) {
            editions.add(edition(DIRECTORY + name, resource(DIRECTORY + name), true));
        }
        return List.copyOf(editions);
    }

    /** A user's edition file; its mapping scope and printed figures must be those of a built-in edition. */
    static Edition load(Path file) {
        String source = file.toString();
        byte[] json;
        try {
            json = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(source, 0, 0, "cannot read edition file: " + e.getMessage(), e);
        }
        Edition edition = edition(source, json, false);
        Set<String> scopes = Edition.mappingScopes();
        if (!scopes.contains(edition.mappingScope())) {
            throw JsonErrors.at(source, json, List.of("mappingScope"), "mappingScope '" + edition.mappingScope()
                    + "' is not a scope mapping rows use; known: " + String.join(", ", scopes));
        }
        Set<String> figures = new TreeSet<>();
        Edition.builtIns().forEach(e -> e.publishedFigures().ifPresent(figures::add));
        String printed = edition.publishedFigures().orElse(null);
        if (printed != null && !figures.contains(printed)) {
            throw JsonErrors.at(source, json, List.of("publishedFigures"), "publishedFigures '" + printed
                    + "' names no printed figures; known: " + String.join(", ", figures));
        }
        return edition;
    }

    static byte[] resource(String name) {
        try (InputStream in = EditionFile.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in edition file " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a file as {@code type}: a built-in one with {@link BuiltInJson} when it can (start-up), else
     * (and every user file) with Jackson, whose strict checks name the problem's line.
     */
    @SuppressWarnings("unchecked")
    static <T> T parse(String source, byte[] json, TypeReference<T> type, boolean builtIn) {
        if (builtIn) {
            Object fast = BuiltInJson.read(json, type.getType());
            if (fast != BuiltInJson.UNSUPPORTED) {
                return (T) fast;
            }
        }
        try {
            return Strict.MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw JsonErrors.of(source, json, e);
        } catch (IOException e) {
            throw new BadInputException(source, 0, 0, "cannot read edition file: " + e.getMessage(), e);
        }
    }

    /** Reads one edition and checks its id, and its table ids: unique and usable as sheet names. */
    private static Edition edition(String source, byte[] json, boolean builtIn) {
        Document d = parse(source, json, DOCUMENT, builtIn);
        if (d == null) {
            throw JsonErrors.at(source, json, List.of(), "the edition file must be a JSON object, not null");
        }
        if (!EDITION_ID.matcher(d.id()).matches()) {
            throw JsonErrors.at(source, json, List.of("id"), "edition id '" + d.id() + "' must be letters, digits, "
                    + "'.', '_' or '-' (it goes into URLs and file names)");
        }
        if (d.tables().isEmpty()) {
            throw JsonErrors.at(source, json, List.of("tables"), "an edition needs at least one table");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < d.tables().size(); i++) {
            String id = d.tables().get(i).id();
            if (!TABLE_ID.matcher(id).matches()) {
                throw JsonErrors.at(source, json, List.of("tables", i, "id"), "table id '" + id + "' must start with "
                        + "a letter and have at most 31 letters, digits, '.', '_' or '-' (it names a workbook sheet)");
            }
            if (!ids.add(id)) {
                throw JsonErrors.at(source, json, List.of("tables", i, "id"), "two tables have the id '" + id + "'");
            }
        }
        return new Edition(new Edition.Declared(d.id(), d.title(), d.publication(), d.years().from(), d.years().to(),
                d.mappingScope(), d.snapshot(), d.publishedFigures(), d.tables()), source);
    }

    /** The kind names, from the {@code @JsonTypeName} of each table record, comma-separated. */
    static String kinds() {
        List<String> out = new ArrayList<>();
        for (Class<?> c : EditionTable.class.getPermittedSubclasses()) {
            out.add(c.getAnnotation(JsonTypeName.class).value());
        }
        return String.join(", ", out);
    }

    /** Jackson's mapper, made on first use: a start-up that reads only built-in files never loads it. */
    private static final class Strict {
        static final ObjectMapper MAPPER = mapper();
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
     * Makes a field without {@code @JsonProperty} required, so that a forgotten parameter is an error,
     * not a 0; an optional field may be absent (or null). No list element may be null.
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
            // No null in any list (a null table, row or column would reach the code as null); an optional
            // field given as null is as if absent.
            return a.hasAnnotation(JsonProperty.class) ? JsonSetter.Value.construct(Nulls.DEFAULT, Nulls.FAIL)
                    : JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL);
        }
    }
}
