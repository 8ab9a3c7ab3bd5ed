package org.modelcensus.functions.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuiltInJsonTest {
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };

    /** Every built-in file reads to the same records with the start-up reader as with Jackson. */
    @Test
    void builtInFilesReadAsJacksonReadsThem() {
        byte[] index = EditionFile.resource(EditionFile.DIRECTORY + "index.json");
        List<String> names = EditionFile.parse("index", index, NAMES, false);
        assertEquals(names, BuiltInJson.read(index, NAMES.getType()));
        for (String name : names) {
            byte[] json = EditionFile.resource(EditionFile.DIRECTORY + name);
            Object fast = BuiltInJson.read(json, EditionFile.DOCUMENT.getType());
            assertNotSame(BuiltInJson.UNSUPPORTED, fast, name + " fell back to Jackson");
            assertEquals(EditionFile.parse(name, json, EditionFile.DOCUMENT, false), fast, name);
        }
    }

    /** What it does not read exactly as Jackson would is left to Jackson, which reports the problem. */
    @ParameterizedTest
    @ValueSource(strings = {"[\"a\", null]", "[1.5]", "[01]", "[\"a\"] x", "{\"id\": 1}", "[\"a\",]", "[\"\\q\"]"})
    void leavesTheRestToJackson(String json) {
        assertSame(BuiltInJson.UNSUPPORTED, BuiltInJson.read(json.getBytes(StandardCharsets.UTF_8), NAMES.getType()));
    }

    @Test
    void documentWithUnknownOrDuplicateKeyOrMissingPrimitiveIsLeftToJackson() {
        String ok = "{\"id\":\"x\",\"title\":\"t\",\"years\":{\"from\":2020,\"to\":2021},\"mappingScope\":\"spri-2025\","
                + "\"tables\":[{\"id\":\"T1\",\"kind\":\"models-per-year\",\"title\":\"a\"}]}";
        assertNotSame(BuiltInJson.UNSUPPORTED, read(ok));
        assertSame(BuiltInJson.UNSUPPORTED, read(ok.replace("\"id\":\"x\"", "\"id\":\"x\",\"extra\":1")));
        assertSame(BuiltInJson.UNSUPPORTED, read(ok.replace("\"id\":\"x\"", "\"id\":\"x\",\"id\":\"y\"")));
        assertSame(BuiltInJson.UNSUPPORTED, read(ok.replace("\"to\":2021", "\"to\":2019")));
        assertSame(BuiltInJson.UNSUPPORTED, read(ok.replace(",\"to\":2021", "")));
        assertSame(BuiltInJson.UNSUPPORTED, read(ok.replace("models-per-year", "no-such-kind")));
        assertSame(BuiltInJson.UNSUPPORTED, read(ok.replace("\"title\":\"a\"", "\"title\":\"{nope}\"")));
    }

    private static Object read(String json) {
        return BuiltInJson.read(json.getBytes(StandardCharsets.UTF_8), EditionFile.DOCUMENT.getType());
    }
}
