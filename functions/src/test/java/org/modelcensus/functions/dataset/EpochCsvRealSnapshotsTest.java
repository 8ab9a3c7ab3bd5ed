package org.modelcensus.functions.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelcensus.functions.RealSnapshots;

/** The shared real Epoch snapshots (skipped when absent outside CI; see {@link RealSnapshots}). */
class EpochCsvRealSnapshotsTest {

    enum Real {
        JULY_2024(RealSnapshots.JULY_2024, 192, "2024",
                "0895ccdb7312867313696337a116901885b2b9f5690da85cdff9614fe251a785", List.of(3, 9, 28, 104, 46)),
        MAY_2025(RealSnapshots.MAY_2025, 311, "2025",
                "7e6faa7de7e98f4bc343b4025ee66574ad705f8b1679dcc559350631b32b1e2d", List.of(2, 9, 29, 110, 132)),
        FEB_2026(RealSnapshots.FEB_2026, 485, "2026",
                "15501489eee0dd60c9c45f79d4e08c104c4c2a0ea958ba440350a7506ea67769", List.of(2, 10, 30, 121, 168));

        final String file;
        final int rows;
        final String generation;
        final String sha256;
        /** Models published in 2020 ... 2024, as counted in the snapshots' README. */
        final List<Integer> perYear;

        Real(String file, int rows, String generation, String sha256, List<Integer> perYear) {
            this.file = file;
            this.rows = rows;
            this.generation = generation;
            this.sha256 = sha256;
            this.perYear = perYear;
        }

        Path path() {
            return RealSnapshots.path(file);
        }
    }

    @ParameterizedTest
    @EnumSource(Real.class)
    void importsTheRealSnapshotWithItsRowCountSchemaAndChecksum(Real real) {
        Snapshot s = EpochCsv.read(real.path());
        assertEquals(real.rows, s.models().size());
        assertEquals(real.rows, s.provenance().rows());
        assertEquals(real.generation, s.provenance().generation());
        assertEquals(real.sha256, s.provenance().sha256());
        assertEquals(real.path().toString(), s.provenance().source());
    }

    @ParameterizedTest
    @EnumSource(Real.class)
    void readsEveryRowsNameCountryAndPublicationYear(Real real) {
        List<ModelRecord> models = EpochCsv.read(real.path()).models();
        assertTrue(models.stream().noneMatch(m -> m.name().isEmpty()));
        assertTrue(models.stream().anyMatch(m -> m.get(Field.COUNTRY).equals("United States of America")));
        List<Integer> perYear = Stream.of("2020", "2021", "2022", "2023", "2024")
                .map(y -> (int) models.stream().filter(m -> m.get(Field.PUBLICATION_DATE).startsWith(y)).count())
                .toList();
        assertEquals(real.perYear, perYear);
    }

    static Stream<Arguments> copies() {
        List<Arguments> all = new ArrayList<>();
        for (Real real : Real.values()) {
            all.add(Arguments.of(real, "BOM-prefixed", (UnaryOperator<String>) t -> "\uFEFF" + t));
            all.add(Arguments.of(real, "CRLF", (UnaryOperator<String>) t -> t.replace("\n", "\r\n")));
            all.add(Arguments.of(real, "CR-only", (UnaryOperator<String>) t -> t.replace("\n", "\r")));
            all.add(Arguments.of(real, "mixed CR/CRLF/LF", (UnaryOperator<String>) EpochCsvRealSnapshotsTest::mixEndings));
            all.add(Arguments.of(real, "BOM and mixed", (UnaryOperator<String>) t -> "\uFEFF" + mixEndings(t)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1} copy")
    @MethodSource("copies")
    void aCopyWithOtherLineEndingsOrABomYieldsIdenticalRecords(Real real, String kind, UnaryOperator<String> change)
            throws Exception {
        String original = Files.readString(real.path(), StandardCharsets.UTF_8);
        Snapshot expected = EpochCsv.read(real.path());
        Snapshot copy = EpochCsv.parse(kind, change.apply(original).getBytes(StandardCharsets.UTF_8));
        assertEquals(expected.columns().names(), copy.columns().names());
        assertEquals(expected.models(), copy.models());
        assertEquals(expected.models().stream().map(ModelRecord::line).toList(),
                copy.models().stream().map(ModelRecord::line).toList());
        assertEquals(expected.provenance().generation(), copy.provenance().generation());
    }

    /** Every LF, in turn, as CR, CRLF or LF: never CR right before LF, which would merge two breaks. */
    static String mixEndings(String text) {
        String[] endings = {"\r", "\r\n", "\n"};
        StringBuilder out = new StringBuilder(text.length() + text.length() / 10);
        int breaks = 0;
        for (char c : text.toCharArray()) {
            out.append(c == '\n' ? endings[breaks++ % endings.length] : String.valueOf(c));
        }
        return out.toString();
    }
}
