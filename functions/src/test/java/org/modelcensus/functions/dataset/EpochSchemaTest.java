package org.modelcensus.functions.dataset;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelcensus.functions.RealSnapshots;

class EpochSchemaTest {
    static final String RENAMED = "Training dataset size (rows)";

    @Test
    void theBuiltInSchemaDeclaresEveryGenerationAndTheRequiredFields() {
        EpochSchema schema = EpochSchema.builtIn();
        assertEquals(List.of("2024", "2025", "2026"), schema.generations());
        assertEquals(List.of(Field.NAME, Field.DOMAIN, Field.TASK, Field.ORGANIZATION, Field.PUBLICATION_DATE,
                Field.COUNTRY), Arrays.stream(Field.values()).filter(schema::isRequired).toList());
        assertEquals(List.of("Training dataset size (datapoints)", "(DEPRECATED) Training dataset size (datapoints)"),
                schema.headerNames(Field.DATASET_SIZE));
    }

    @Test
    void keepsThe2025NamesAsTheColumnsInsideTheCensus() {
        EpochSchema schema = EpochSchema.builtIn();
        assertEquals("Model", schema.columnOf(Field.NAME));
        assertEquals("Country (of organization)", Field.COUNTRY.column());
        assertEquals("Training dataset size (datapoints)", Field.canonicalColumn("(DEPRECATED) Training dataset size "
                + "(datapoints)"));
        assertEquals(Optional.of(Field.NAME), schema.fieldOf("System"));
        assertEquals(Optional.empty(), schema.fieldOf("Authors"));
    }

    @Test
    void detectsTheGenerationWhoseHeaderNamesMatchBest() {
        EpochSchema schema = EpochSchema.builtIn();
        List<String> common = List.of("Domain", "Task", "Organization", "Publication date", "Link", "Parameters",
                "Training compute (FLOP)", "Training hardware", "Confidence", "Model accessibility", "Reference");
        assertEquals("2024", schema.generationOf(with(common, "System", "Country (from Organization)",
                "Organization categorization (from Organization)", "Training dataset size (datapoints)")));
        assertEquals("2025", schema.generationOf(with(common, "Model", "Country (of organization)",
                "Organization categorization (from Organization)", "Training dataset size (datapoints)")));
        assertEquals("2026", schema.generationOf(with(common, "Model", "Country (of organization)",
                "(DEPRECATED) Training dataset size (datapoints)")));
    }

    @Test
    void givesATieToTheNewestGeneration() {
        EpochSchema schema = EpochSchema.parse("tie.csv", builtInText() + "LINK,optional,URL,2027,,\n");
        List<String> header = List.of("Model", "Domain", "Task", "Organization", "Publication date",
                "Country (of organization)");
        assertEquals("2027", schema.generationOf(header));
    }

    @Test
    void aRenamedOptionalColumnNeedsOneAddedRowInTheSchemaFile() throws IOException {
        String renamed = Files.readString(RealSnapshots.path(RealSnapshots.FEB_2026), UTF_8)
                .replace("(DEPRECATED) Training dataset size (datapoints)", RENAMED);
        byte[] bytes = renamed.getBytes(UTF_8);

        Snapshot before = EpochCsv.parse("renamed.csv", bytes);
        assertTrue(before.provenance().missingFields().contains("Training dataset size (datapoints)"));
        assertTrue(before.provenance().unusedColumns().contains(RENAMED));
        assertEquals("", llama(before).get(Field.DATASET_SIZE));

        EpochSchema edited = EpochSchema.parse("edited.csv", builtInText() + "DATASET_SIZE,optional," + RENAMED
                + ",2027,,\n");
        Snapshot after = EpochCsv.parse("renamed.csv", bytes, false, edited);
        assertEquals("15600000000000.0", llama(after).get(Field.DATASET_SIZE));
        assertEquals("2027", after.provenance().generation());
        assertEquals(List.of("Organization categorization (from Organization)"), after.provenance().missingFields());
        assertFalse(after.provenance().unusedColumns().contains(RENAMED));
        assertEquals(before.columns().names().size(), after.columns().names().size());
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("a wrong header", t -> t.replace("since,until", "from,to"), 1, 0, "a schema file's header must be"),
                bad("an unknown field", t -> t.replace("TASK,required", "TASKS,required"), 5, 1, "unknown field 'TASKS'"),
                bad("a bad requirement", t -> t.replace("TASK,required", "TASK,mandatory"), 5, 2,
                        "requirement must be required or optional, not 'mandatory'"),
                bad("requirements that disagree", t -> t.replace("NAME,required,System", "NAME,optional,System"), 3, 2,
                        "NAME is required on an earlier line"),
                bad("an empty header name", t -> t.replace("TASK,required,Task,", "TASK,required,,"), 5, 3,
                        "the header name is empty"),
                bad("a header name declared twice", t -> t + "LINK,optional,Task,2027,,\n", 20, 3,
                        "header name 'Task' is already declared on line 5"),
                bad("a year that is not one", t -> t.replace("Task,2024", "Task,24"), 5, 4,
                        "since must be a generation year like 2026, not '24'"),
                bad("an until before since", t -> t.replace("System,2024,2024", "System,2024,2023"), 3, 5,
                        "until 2023 is before since 2024"),
                bad("two names for one generation", t -> t + "TASK,required,Job,2024,,\n", 20, 4,
                        "TASK has two header names in 2024: 'Task' and 'Job'"),
                bad("a row with too few fields", t -> t + "TASK,required,Job\n", 20, 4, "the row has 3 fields"),
                bad("a field no row declares", t -> t.replace("REFERENCE,optional,Reference,2024,,\n", ""), 0, 0,
                        "no row declares the fields [REFERENCE]"));
    }

    @ParameterizedTest(name = "rejects {0} naming its line")
    @MethodSource("badFiles")
    void rejectsABadSchemaFileNamingItsLineAndField(String what, UnaryOperator<String> change, long line, long column,
            String problem) {
        BadInputException e = assertThrows(BadInputException.class,
                () -> EpochSchema.parse("bad.csv", change.apply(builtInText())));
        assertEquals("bad.csv", e.source());
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.getMessage());
        assertTrue(e.problem().startsWith(problem), e.getMessage());
    }

    private static Arguments bad(String what, UnaryOperator<String> change, long line, long column, String problem) {
        return Arguments.of(what, change, line, column, problem);
    }

    private static ModelRecord llama(Snapshot s) {
        return s.models().stream().filter(m -> m.name().equals("Llama 3.1-405B")).findFirst().orElseThrow();
    }

    private static List<String> with(List<String> common, String... more) {
        return Stream.concat(common.stream(), Stream.of(more)).toList();
    }

    static String builtInText() {
        try (InputStream in = EpochSchemaTest.class.getResourceAsStream("/" + EpochSchema.RESOURCE)) {
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
