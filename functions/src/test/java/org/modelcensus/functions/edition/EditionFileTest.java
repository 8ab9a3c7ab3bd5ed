package org.modelcensus.functions.edition;

import org.modelcensus.functions.normalize.NormalizedDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.check.PrintedFigure;
import org.modelcensus.functions.check.PublishedFigures;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.ReportTable;
import org.modelcensus.functions.report.Reports;

class EditionFileTest {
    /** An edition file whose only table is {@code table}, on line 8. */
    private static Path edition(Path dir, String table) throws IOException {
        return Files.writeString(dir.resolve("mine.json"), String.join("\n",
                "{",
                "  \"id\": \"mine\",",
                "  \"title\": \"My census ({from}~{to})\",",
                "  \"years\": {\"from\": 2021, \"to\": 2025},",
                "  \"mappingScope\": \"spri-2025\",",
                "  \"tables\": [",
                "    {\"id\": \"F1\", \"kind\": \"models-per-year\", \"title\": \"Models\"},",
                "    " + table,
                "  ]",
                "}"), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.modelcensus.functions.edition.Edition#builtIns")
    void loadsEveryBuiltInEditionFileAndBuildsItsTablesInOrder(Edition edition) {
        assertEquals(EditionFile.DIRECTORY + edition.id() + ".json", edition.source());
        assertTrue(edition.firstYear() <= edition.lastYear());
        assertTrue(Edition.mappingScopes().contains(edition.mappingScope()));
        Report report = Reports.build(NormalizedDataset.of(SampleData.snapshot(), edition));
        List<String> ids = edition.tables().stream().map(EditionTable::id).toList();
        assertEquals(ids, report.tables().stream().map(ReportTable::id).toList());
        for (ReportTable t : report.tables()) {
            assertFalse(t.title().isBlank() || t.title().contains("{"), t.id() + ": " + t.title());
        }
        for (PrintedFigure f : PublishedFigures.builtIn().of(edition)) {
            assertTrue(ids.contains(f.key().table()), "printed table " + f.key().table() + " is declared");
        }
    }

    @Test
    void listsTheBuiltInEditionsOfTheIndexOldestFirst() {
        assertEquals(List.of("spri-2024", "spri-2025", "spri-2026"), Edition.builtIns().stream().map(Edition::id).toList());
        assertEquals("spri-2025", Edition.defaultEdition().id());
        assertEquals(Set.of("*", "spri-2024", "spri-2025"), Edition.mappingScopes());
    }

    @Test
    void shipsTheNextEditionAsTheSpri2025LayoutOneYearLonger() {
        Edition e2025 = Edition.of("spri-2025");
        Edition e2026 = Edition.of("spri-2026");
        assertEquals("글로벌 초거대 AI 모델 현황 분석 (2020~2025년), 미발간 (not yet published)", e2026.title());
        assertEquals(2025, e2026.lastYear());
        assertTrue(e2026.publishedFigures().isEmpty());
        assertTrue(e2026.inScope("spri-2025") && !e2026.inScope("spri-2024"));
        assertEquals(kinds(e2025), kinds(e2026));
        EditionTable.TopModels t9 = (EditionTable.TopModels) e2026.tables().get(13);
        assertEquals(2025, t9.year().in(e2026));
        assertEquals("2025년 출시된 주요 초거대 AI 모델", t9.title().in(e2026));
        assertEquals("2024년 및 2025년 주요 과업 유형별 출시 모델 수 비교(상위 8가지)", e2026.tables().get(7).title().in(e2026));
        assertEquals(8, ((EditionTable.TaskGrowth) e2026.tables().get(7)).top());
    }

    private static List<String> kinds(Edition e) {
        return e.tables().stream().map(t -> t.getClass().getSimpleName() + " " + t.id()).toList();
    }

    @Test
    void runsAUserEditionFileWithOtherYears(@TempDir Path dir) throws IOException {
        String json;
        try (InputStream in = EditionFile.class.getResourceAsStream("/editions/spri-2026.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = Files.writeString(dir.resolve("my-2021-2025.json"), json.replace("\"spri-2026\"", "\"my-2021\"")
                .replace("\"from\": 2020", "\"from\": 2021"), StandardCharsets.UTF_8);
        Edition mine = Edition.load(file);
        assertEquals("글로벌 초거대 AI 모델 현황 분석 (2021~2025년), 미발간 (not yet published)", mine.title());
        Report report = Reports.build(NormalizedDataset.of(SampleData.snapshot(), mine));
        assertEquals("국가별·연도별 초거대 AI 모델 개발 현황(2021~2025년)", report.table("T1").title());
        assertEquals(List.of("2021", "2022", "2023", "2024", "2025", "계", "2021-2025"), report.table("F1").columns());
        assertEquals(file.toString(), mine.source());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "unknown kind | {\"id\": \"T1\", \"kind\": \"pie\", \"title\": \"x\"} | unknown table kind 'pie'; known: models-per-year, countries,",
        "no kind | {\"id\": \"T1\", \"title\": \"x\"} | a table needs a \"kind\"; one of: models-per-year,",
        "unknown parameter | {\"id\": \"T1\", \"kind\": \"tasks\", \"title\": \"x\", \"minimum\": 2, \"n\": 3} | unknown parameter 'n' (at tables[1].n); known: id, minimum, rows, title, top, year",
        "top below 1 | {\"id\": \"T1\", \"kind\": \"task-growth\", \"title\": \"x\", \"top\": 0} | top must be 1 or more",
        "a row twice | {\"id\": \"T1\", \"kind\": \"tasks\", \"title\": \"x\", \"minimum\": 2, \"rows\": [\"a\", \"a\"]} | rows lists a task group twice",
        "missing parameter | {\"id\": \"T1\", \"kind\": \"tasks\", \"title\": \"x\"} | missing parameter 'minimum' (at tables[1])",
        "text for a number | {\"id\": \"T1\", \"kind\": \"tasks\", \"title\": \"x\", \"minimum\": \"2\"} | tables[1].minimum must be a whole number",
        "fraction for a number | {\"id\": \"T1\", \"kind\": \"tasks\", \"title\": \"x\", \"minimum\": 2.5} | tables[1].minimum must be a whole number",
        "number for a flag | {\"id\": \"T1\", \"kind\": \"multimodal\", \"title\": \"x\", \"sharePerYear\": 1} | tables[1].sharePerYear must be true or false",
        "null title | {\"id\": \"T1\", \"kind\": \"domains\", \"title\": null} | tables[1].title must not be null",
        "bad placeholder | {\"id\": \"T1\", \"kind\": \"domains\", \"title\": \"{lats}년\"} | '{lats}년' has an unknown placeholder",
        "bad year | {\"id\": \"T1\", \"kind\": \"top-models\", \"title\": \"x\", \"year\": \"last\", \"n\": 5, \"columns\": []} | 'last' is not a year",
        "bad column | {\"id\": \"T1\", \"kind\": \"korean-models\", \"title\": \"x\", \"columns\": [{\"label\": \"a\", \"column\": \"Nope\"}]} | no Models column 'Nope'",
    })
    void rejectsABadTableWithFileAndLine(String what, String table, String message, @TempDir Path dir) throws IOException {
        Path file = edition(dir, table);
        BadInputException e = assertThrows(BadInputException.class, () -> Edition.load(file));
        assertEquals(file.toString(), e.source());
        assertEquals(8, e.line(), e.getMessage());
        assertTrue(e.column() > 0, e.getMessage());
        assertTrue(e.problem().startsWith(message), e.problem());
    }

    @Test
    void placesAnUnknownParameterOnItsOwnLineNotAtTheEndOfTheTable(@TempDir Path dir) throws IOException {
        Path file = edition(dir, "{\"id\": \"T1\", \"kind\": \"tasks\",\n      \"n\": 3,\n      \"title\": \"x\", \"minimum\": 2}");
        BadInputException e = assertThrows(BadInputException.class, () -> Edition.load(file));
        assertEquals(file + ", line 9, column 7: unknown parameter 'n' (at tables[1].n); known: id, minimum, rows, title, top, year",
                e.getMessage());
    }

    @Test
    void rejectsAnUnknownTopLevelFieldAndAMissingOne(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("e.json"), Files.readString(edition(dir, "{\"id\": \"T1\", "
                + "\"kind\": \"domains\", \"title\": \"x\"}")).replace("\"years\"", "\"titel\": \"y\",\n  \"years\""));
        BadInputException e = assertThrows(BadInputException.class, () -> Edition.load(file));
        assertEquals(4, e.line());
        assertTrue(e.problem().startsWith("unknown parameter 'titel' (at titel); known: id, mappingScope, "
                + "publication, publishedFigures, snapshot, tables, title, years"), e.problem());
        Path missing = Files.writeString(dir.resolve("m.json"), "{\"id\": \"x\", \"title\": \"y\",\n"
                + " \"years\": {\"from\": 2020, \"to\": 2024}, \"tables\": []}");
        BadInputException m = assertThrows(BadInputException.class, () -> Edition.load(missing));
        assertEquals("missing parameter 'mappingScope'", m.problem());
        assertEquals(1, m.line());
        Path years = Files.writeString(dir.resolve("y.json"), Files.readString(missing).replace("2020", "2026"));
        assertTrue(assertThrows(BadInputException.class, () -> Edition.load(years)).getMessage()
                .startsWith(years + ", line 2, column 2: years must run from one year to a later or equal one, not 2026 to 2024"));
    }

    @Test
    void rejectsDuplicateTableIdsAndUnknownScopes(@TempDir Path dir) throws IOException {
        Path twice = edition(dir, "{\"id\": \"F1\", \"kind\": \"countries\", \"title\": \"x\"}");
        BadInputException e = assertThrows(BadInputException.class, () -> Edition.load(twice));
        assertEquals(twice + ", line 8, column 6: two tables have the id 'F1' (at tables[1].id)", e.getMessage());
        Path scope = Files.writeString(dir.resolve("s.json"), Files.readString(twice)
                .replace("\"spri-2025\"", "\"spri-2031\"").replace("\"F1\", \"kind\": \"countries\"", "\"T1\", \"kind\": \"countries\""));
        Path slash = Files.writeString(dir.resolve("i.json"), Files.readString(scope).replace("\"mine\"", "\"../mine\""));
        assertTrue(assertThrows(BadInputException.class, () -> Edition.load(slash)).getMessage()
                .startsWith(slash + ", line 2, column 3: edition id '../mine' must be letters"));
        BadInputException s = assertThrows(BadInputException.class, () -> Edition.load(scope));
        assertEquals(5, s.line());
        assertTrue(s.problem().startsWith("mappingScope 'spri-2031' is not a scope mapping rows use"), s.problem());
    }

    @Test
    void namesEveryKindOfTheVocabulary() {
        assertEquals("models-per-year, countries, korean-models, domains, multimodal, tasks, task-summary, "
                + "tasks-per-model, task-growth, multi-task, development, org-types, top-developers, top-models",
                EditionFile.kinds());
    }
}
