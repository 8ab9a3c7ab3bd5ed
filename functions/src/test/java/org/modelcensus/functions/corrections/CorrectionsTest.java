package org.modelcensus.functions.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Field;
import org.modelcensus.functions.dataset.ModelRecord;
import org.modelcensus.functions.dataset.Snapshot;

class CorrectionsTest {
    private static final String HEADER = "action,model,field,value,reason";

    @TempDir
    Path dir;
    Snapshot snapshot;

    @BeforeEach
    void writeSnapshots() {
        snapshot = EpochCsv.read(Fixtures.write(dir, "snapshot.csv", Fixtures.HEADER_2024,
                "GPT-3,Language,Language modelling,OpenAI,2020-05-28,United States of America,Industry,https://arxiv.org/abs/2005.14165,175000000000,3.14e23,",
                "ERNIE 4.0,\"Multimodal,Language\",Chat,Baidu,2023-10-17,China,Industry,https://example.org/ernie,,,",
                "ALLaM 34B,Language,Chat,SDAIA,2024-03-01,Saudi Arabia,Government,https://example.org/allam,34000000000,,"));
        Fixtures.write(dir, "later.csv", Fixtures.HEADER_2025,
                "Llama 3.1-405B,2024-07-23,Meta AI,United States of America,Language,Language modeling/generation,Industry,"
                        + "https://ai.meta.com/x/,3.8e+25,405000000000,");
    }

    private Corrected apply(String... rows) {
        String[] lines = Stream.concat(Stream.of(HEADER), Stream.of(rows)).toArray(String[]::new);
        return Corrections.load(Fixtures.write(dir, "corrections.csv", lines)).apply(snapshot);
    }

    private static ModelRecord model(Corrected c, String name) {
        return c.snapshot().models().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void setsAFieldOfTheNamedModelAndReportsOldAndNewValue() {
        Corrected c = apply("set, ERNIE 4.0 ,Domain,\"Multimodal,Language,Video\",later Epoch value");
        assertEquals("Multimodal,Language,Video", model(c, "ERNIE 4.0").get(Field.DOMAIN));
        Applied a = c.applied().get(0);
        assertEquals(List.of(2L, Action.SET, "ERNIE 4.0", "Domain", "Multimodal,Language", "Multimodal,Language,Video",
                "later Epoch value"), List.of(a.line(), a.action(), a.model(), a.field(), a.oldValue(), a.newValue(), a.reason()));
        assertTrue(a.describe().startsWith("line 2: set ERNIE 4.0 · Domain: \"Multimodal,Language\" → \"Multimodal,Language,Video\""),
                a.describe());
    }

    @Test
    void acceptsTheOtherSchemaGenerationsNameForAField() {
        Corrected c = apply("set,GPT-3,Country (of organization),Canada,test", "set,GPT-3,Model,GPT-3 175B,renamed");
        assertEquals("Canada", c.snapshot().models().get(0).get(Field.COUNTRY));
        assertEquals("GPT-3 175B", c.snapshot().models().get(0).name());
    }

    @Test
    void removesAModelAndSaysWhereItWas() {
        Corrected c = apply("remove,ALLaM 34B,,,absent from the March-2025 export");
        assertEquals(List.of("GPT-3", "ERNIE 4.0"), c.snapshot().models().stream().map(ModelRecord::name).toList());
        assertTrue(c.applied().get(0).oldValue().contains("line 4"), c.applied().get(0).oldValue());
    }

    @Test
    void accumulatesAddRowsOfOneModelIntoOneNewRecord() {
        Corrected c = apply("add,Llama 3.1-405B,Publication date,2024-07-23,r",
                "add,Llama 3.1-405B,Training compute (FLOP),3.8e25,r",
                "add,Llama 3.1-405B,Country (of organization),United States of America,r");
        assertEquals(4, c.snapshot().models().size());
        ModelRecord llama = model(c, "Llama 3.1-405B");
        assertEquals(List.of("2024-07-23", "3.8e25", "United States of America", "", 0L), List.of(llama.get(Field.PUBLICATION_DATE),
                llama.get(Field.TRAINING_COMPUTE), llama.get(Field.COUNTRY), llama.get(Field.DOMAIN), llama.line()));
        assertEquals(3, c.applied().size());
    }

    @Test
    void copiesAModelFromAnotherSnapshotBesideTheCorrectionsFileReshapedToThisSchema() {
        Corrected c = apply("add_from,Llama 3.1-405B,,later.csv,released after this snapshot");
        ModelRecord llama = model(c, "Llama 3.1-405B");
        assertEquals(snapshot.columns().names(), llama.columns().names());
        assertEquals(List.of("United States of America", "3.8e+25", "2024-07-23", ""), List.of(llama.get(Field.COUNTRY),
                llama.get(Field.TRAINING_COMPUTE), llama.get(Field.PUBLICATION_DATE), llama.get("Code accessibility")));
        assertTrue(c.applied().get(0).newValue().endsWith("later.csv line 2"), c.applied().get(0).newValue());
    }

    @Test
    void namesTheCorrectionsInTheProvenanceAndLeavesTheInputSnapshotUntouched() {
        Corrected c = apply("remove,GPT-3,,,test");
        assertTrue(c.snapshot().provenance().source().endsWith(" + corrections " + dir.resolve("corrections.csv")));
        assertEquals(2, c.snapshot().provenance().rows());
        assertEquals(snapshot.provenance().sha256(), c.snapshot().provenance().sha256());
        assertEquals(3, snapshot.models().size());
        assertEquals("corrections applied from " + dir.resolve("corrections.csv") + ": 1 row", c.summary());
    }

    @Test
    void showsASetToTheValueAlreadyThereAsNoChange() {
        Applied a = apply("set,ERNIE 4.0,Task,Chat,already fixed by Epoch").applied().get(0);
        assertFalse(a.changed());
        assertTrue(a.describe().contains("Task: already \"Chat\" (no change)"), a.describe());
    }

    @Test
    void reportsTheStartLineOfARowAfterAReasonSpanningSeveralLines() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> apply("set,GPT-3,Domain,Language,\"first line\nsecond line\"", "set,Nope,Domain,Language,r"));
        assertEquals(4, e.line());
        assertEquals(2, e.column());
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("frobnicate,GPT-3,Domain,x,r", 1, "unknown action 'frobnicate'; known: set, remove, add, add_from"),
                Arguments.of("set,GPT-3,Domain,Language,", 5, "reason is empty"),
                Arguments.of("set,GPT-3,Colour,blue,r", 3, "unknown field 'Colour'"),
                Arguments.of("set,Gpt-3,Domain,Language,r", 2, "model 'Gpt-3' not found in " + "%s; names match exactly after "
                        + "trimming (did you mean 'GPT-3'?)"),
                Arguments.of("add,GPT-3,Domain,Language,r", 2, "model 'GPT-3' already exists (line 2 of %s); use set"),
                Arguments.of("add_from,ERNIE 4.0,,later.csv,r", 2, "model 'ERNIE 4.0' already exists"),
                Arguments.of("set,GPT-3,Publication date,28/05/2020,r", 4, "unparseable publication date '28/05/2020'"),
                Arguments.of("set,GPT-3,Training compute (FLOP),3.1e23 FLOP,r", 4, "'3.1e23 FLOP' is not a number"),
                Arguments.of("remove,GPT-3,Domain,,r", 3, "remove takes no field"),
                Arguments.of("add_from,Llama 3.1-405B,,missing.csv,r", 4, "no snapshot file 'missing.csv'"),
                Arguments.of("add_from,Llama 4,,later.csv,r", 2, "no model 'Llama 4' in"),
                Arguments.of("add,New model,Domain,Language,r", 2, "added model 'New model' has no Publication date row"));
    }

    @ParameterizedTest
    @MethodSource("badRows")
    void rejectsARowThatCannotTakeEffectNamingFileLineAndColumn(String row, int column, String problem) {
        BadInputException e = assertThrows(BadInputException.class, () -> apply("set,ALLaM 34B,Task,Chat,fine", row));
        assertEquals(dir.resolve("corrections.csv").toString(), e.source());
        assertEquals(3, e.line());
        assertEquals(column, e.column());
        String expected = String.format(problem, snapshot.provenance().source());
        assertTrue(e.problem().startsWith(expected), e.problem());
    }

    @Test
    void rejectsASecondValueForTheSameField() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> apply("set,GPT-3,Domain,Language,r", "set,GPT-3,Domain,Vision,r"));
        assertEquals("field 'Domain' of 'GPT-3' is already set on line 2", e.problem());
        assertEquals(3, e.column());
    }

    @Test
    void rejectsAFileWithoutTheReasonColumn() throws Exception {
        Path file = dir.resolve("no-reason.csv");
        Files.writeString(file, "action,model,field,value\nremove,GPT-3,,\n");
        BadInputException e = assertThrows(BadInputException.class, () -> Corrections.load(file));
        assertEquals(1, e.line());
        assertTrue(e.problem().contains("lacks column(s) [reason]"), e.problem());
    }

    @Test
    void rejectsAMissingFile() {
        BadInputException e = assertThrows(BadInputException.class, () -> Corrections.load(dir.resolve("none.csv")));
        assertEquals("no such corrections file", e.problem());
    }

    @Test
    void aTolerantApplicationSkipsRowsAlreadyInEffectAndListsThem() {
        Path sub = dir.resolve("sub");
        String[] lines = {HEADER,
            "add,GPT-3,Domain,Language,exists already",
            "add,GPT-3,Publication date,2020-05-28,exists already",
            "add_from,ALLaM 34B,,snapshot.csv,exists already",
            "remove,Nobody,,,absent already",
            "set,ERNIE 4.0,Task,Chat,already so",
            "set,ERNIE 4.0,Domain,Language,a change",
            "add_from,Llama 3.1-405B,,later.csv,found in the search directory"};
        try {
            Files.createDirectories(sub);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Corrections fixes = Corrections.load(Fixtures.write(sub, "h.csv", lines));
        Corrected c = fixes.applyTolerantly(snapshot, List.of(dir));
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L), c.skipped().stream().map(Applied::line).toList());
        assertEquals(List.of(7L, 8L), c.applied().stream().map(Applied::line).toList());
        assertEquals("Language", model(c, "ERNIE 4.0").get(Field.DOMAIN));
        assertEquals(4, c.snapshot().models().size());
        // The same file applied strictly stops at its first row.
        BadInputException e = assertThrows(BadInputException.class, () -> fixes.apply(snapshot));
        assertEquals(2, e.line());
    }

    @Test
    void aTolerantApplicationStillStopsAtARowThatCanTakeNoEffect() {
        Corrections fixes = Corrections.load(Fixtures.write(dir, "h.csv", HEADER, "set,Nobody,Domain,Language,no such model"));
        BadInputException e = assertThrows(BadInputException.class, () -> fixes.applyTolerantly(snapshot, List.of()));
        assertEquals(List.of(2L, 2L), List.of(e.line(), e.column()));
    }
}
