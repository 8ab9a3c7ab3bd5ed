package org.modelcensus.functions.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.OddSnapshots;

/** Questionable values import, and each is listed with file, line and column. */
class QuestionableValuesTest {
    private static List<String> messages(String rows) {
        Snapshot s = EpochCsv.parse("q.csv", (OddSnapshots.HEADER + rows).getBytes(StandardCharsets.UTF_8));
        return s.questionable().stream().map(Questionable::message).toList();
    }

    private static String row(String name, String date, String flop) {
        return name + ",Language,Chat,Lab,Industry," + date + ",Canada,,," + flop + ",,,,\n";
    }

    @Test
    void flagsTrainingComputeThatIsNotAPlausibleFlopCount() {
        List<String> m = messages(row("A", "2023-01-01", "NaN") + row("B", "2023-01-01", "-5") + row("C", "2023-01-01",
                "0x1p3") + row("D", "2023-01-01", "1e400") + row("E", "2023-01-01", "1e308") + row("F", "2023-01-01",
                "1e25") + row("G", "2023-01-01", "1e32"));
        assertEquals(List.of(
                "q.csv, line 2, column 10: training compute 'NaN' is not a number; it counts as blank (column 'Training compute (FLOP)')",
                "q.csv, line 3, column 10: training compute -5 is outside the plausible range (0, 1e32] FLOP (column 'Training compute (FLOP)')",
                "q.csv, line 4, column 10: training compute '0x1p3' is not a number; it counts as blank (column 'Training compute (FLOP)')",
                "q.csv, line 5, column 10: training compute 1e400 is outside the plausible range (0, 1e32] FLOP (column 'Training compute (FLOP)')",
                "q.csv, line 6, column 10: training compute 1e308 is outside the plausible range (0, 1e32] FLOP (column 'Training compute (FLOP)')"),
                m);
    }

    /** Numbers of at most 15 digits are read without BigDecimal: the bounds 0 and 1e32 still hold exactly. */
    @Test
    void theRangeOfTrainingComputeHoldsAtItsBoundsForShortNumbers() {
        List<String> m = messages(row("A", "2023-01-01", "100000000000000e18") + row("B", "2023-01-01",
                "100000000000001e18") + row("C", "2023-01-01", "9.99999999999999e31") + row("D", "2023-01-01",
                "1.00000000000001e32") + row("E", "2023-01-01", "0.0") + row("F", "2023-01-01", "0.000000000000001e-7")
                + row("G", "2023-01-01", "+2.0523e+24"));
        assertEquals(List.of(
                "q.csv, line 3, column 10: training compute 100000000000001e18 is outside the plausible range (0, 1e32] FLOP (column 'Training compute (FLOP)')",
                "q.csv, line 5, column 10: training compute 1.00000000000001e32 is outside the plausible range (0, 1e32] FLOP (column 'Training compute (FLOP)')",
                "q.csv, line 6, column 10: training compute 0.0 is outside the plausible range (0, 1e32] FLOP (column 'Training compute (FLOP)')"),
                m);
    }

    @Test
    void namesEqualButForCaseAreDuplicatesInGreekToo() {
        List<String> m = messages(row("PanGu-Σ", "2023-01-01", "") + row("pangu-σ", "2023-02-01", "")
                + row("ΟΔΟΣ", "2023-01-01", "") + row("οδος", "2023-01-01", "") + row("οδοσ", "2023-01-01", ""));
        assertEquals(List.of(
                "q.csv, line 3, column 1: the model name 'pangu-σ' is also on line 2 (column 'Model')",
                "q.csv, line 5, column 1: the model name 'οδος' is also on line 4 (column 'Model')",
                "q.csv, line 6, column 1: the model name 'οδοσ' is also on line 4 (column 'Model')"), m);
    }

    @Test
    void flagsDuplicateNamesControlCharactersAndImpossibleDates() {
        List<String> m = messages(row("Twin", "2023-01-01", "") + row("twin", "2023-02-01", "") + row("Nul\u0000l",
                "2023-01-01", "") + row("Old", "1900-01-01", "") + row("Future", "2999-01-01", "")
                + row("\"Line\nbreak\"", "2023-01-01", ""));
        assertEquals(List.of(
                "q.csv, line 3, column 1: the model name 'twin' is also on line 2 (column 'Model')",
                "q.csv, line 4, column 1: the model name contains the control character U+0000 (column 'Model')",
                "q.csv, line 5, column 6: publication date 1900-01-01 is before 1950-01-01, earlier than any model Epoch "
                        + "lists (column 'Publication date')"),
                m.subList(0, 3));
        assertEquals(4, m.size(), m.toString());
        assertEquals(true, m.get(3).startsWith("q.csv, line 6, column 6: publication date 2999-01-01 is after the import ("));
    }

    @Test
    void flagsAFileWithoutRows() {
        assertEquals(List.of("q.csv, line 1: the file has a header but no rows: every count is 0"), messages(""));
    }

    @Test
    void realSnapshotsHaveNothingQuestionable() {
        for (String name : List.of(org.modelcensus.functions.RealSnapshots.JULY_2024,
                org.modelcensus.functions.RealSnapshots.MAY_2025, org.modelcensus.functions.RealSnapshots.FEB_2026)) {
            assertEquals(List.of(), EpochCsv.read(org.modelcensus.functions.RealSnapshots.path(name)).questionable(), name);
        }
    }
}
