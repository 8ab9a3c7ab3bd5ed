package org.modelcensus.functions.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modelcensus.functions.dataset.BadInputException;

/** Edition files with {@code null} or a value of the wrong shape where an object, list or text belongs: one line with file, line and column. */
class EditionFileNullsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "file null | null | 1 | the edition file must be a JSON object",
        "file a list | [] | 1 | the edition file must be a JSON object",
        "file text | ~\"x\"~ | 1 | the edition file must be a JSON object",
        "years null | {\"id\": \"m\", \"title\": \"t\",\\n \"years\": null, \"mappingScope\": \"spri-2025\", \"tables\": []} | 2 | years must not be null",
        "years text | {\"id\": \"m\", \"title\": \"t\",\\n \"years\": \"2024\", \"mappingScope\": \"spri-2025\", \"tables\": []} | 2 | years must be an object",
        "from null | {\"id\": \"m\", \"title\": \"t\",\\n \"years\": {\"from\": null, \"to\": 2024}, \"mappingScope\": \"spri-2025\", \"tables\": []} | 2 | years.from must not be null",
        "tables null | {\"id\": \"m\", \"title\": \"t\", \"years\": {\"from\": 2020, \"to\": 2024}, \"mappingScope\": \"spri-2025\",\\n \"tables\": null} | 2 | tables must not be null",
        "tables an object | {\"id\": \"m\", \"title\": \"t\", \"years\": {\"from\": 2020, \"to\": 2024}, \"mappingScope\": \"spri-2025\",\\n \"tables\": {}} | 2 | tables must be a list",
        "a null table | {\"id\": \"m\", \"title\": \"t\", \"years\": {\"from\": 2020, \"to\": 2024}, \"mappingScope\": \"spri-2025\",\\n \"tables\": [\\n null]} | 3 | tables[0] must not be null",
        "a table that is a number | {\"id\": \"m\", \"title\": \"t\", \"years\": {\"from\": 2020, \"to\": 2024}, \"mappingScope\": \"spri-2025\",\\n \"tables\": [\\n 5]} | 3 | tables[0] must be an object",
        "id null | {\"id\": null,\\n \"title\": \"t\", \"years\": {\"from\": 2020, \"to\": 2024}, \"mappingScope\": \"spri-2025\", \"tables\": []} | 1 | id must not be null",
        "id a number | {\"id\": 5,\\n \"title\": \"t\", \"years\": {\"from\": 2020, \"to\": 2024}, \"mappingScope\": \"spri-2025\", \"tables\": []} | 1 | id must be text",
        "a null row | {\"id\": \"m\", \"title\": \"t\", \"years\": {\"from\": 2020, \"to\": 2024}, \"mappingScope\": \"spri-2025\", \"tables\": [\\n {\"id\": \"T1\", \"kind\": \"tasks\", \"title\": \"x\", \"minimum\": 2, \"rows\": [null]}]} | 2 | tables[0].rows[0] must not be null",
        "a null column | {\"id\": \"m\", \"title\": \"t\", \"years\": {\"from\": 2020, \"to\": 2024}, \"mappingScope\": \"spri-2025\", \"tables\": [\\n {\"id\": \"T1\", \"kind\": \"korean-models\", \"title\": \"x\", \"columns\": [null]}]} | 2 | tables[0].columns[0] must not be null",
    })
    void namesFileLineAndColumnOfANullOrAWrongType(String what, String json, int line, String message, @TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("odd.json"), json.replace("\\n", "\n"), StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class, () -> Edition.load(file), what);
        assertEquals(file.toString(), e.source());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.column() > 0, e.getMessage());
        assertTrue(e.problem().startsWith(message == null ? "" : message), e.getMessage());
    }
}
