package org.modelcensus.functions.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.Reports;

/** Drift between the real snapshots: on every changed count cell the model lines add up to after − before. */
class DriftRealSnapshotsTest {
    static Report report(String file, String edition) {
        return Reports.build(NormalizedDataset.of(EpochCsv.read(RealSnapshots.path(file)), Edition.of(edition)));
    }

    static Drift.Cell cell(Drift d, String table, String row, String column) {
        return d.cells().stream().filter(c -> c.key().equals(new CellKey(table, row, column))).findFirst()
                .orElseThrow(() -> new AssertionError("no drift in " + table + "[" + row + ", " + column + "]"));
    }

    static List<String> lines(Drift.Cell c) {
        return c.models().stream().map(m -> Drift.signed(m.direction()) + " " + m.model() + " | " + m.reason()).toList();
    }

    @ParameterizedTest
    @CsvSource({"large_scale_ai_models_2024-07-16.csv, large_scale_ai_models_2025-05-20.csv, spri-2024, 183, 89, 591",
        "large_scale_ai_models_2025-05-20.csv, large_scale_ai_models_2026-02-16.csv, spri-2025, 228, 159, 1671"})
    void modelLinesAddUpOnEveryChangedCountCell(String a, String b, String edition, int cells, int countCells,
            int modelLines) {
        Report before = report(a, edition);
        Report after = report(b, edition);
        Drift d = Drift.of(before, after);
        int counts = 0;
        for (Drift.Cell c : d.cells()) {
            if (c.kind() != CellKind.COUNT) {
                assertTrue(c.models().isEmpty(), c.key().toString());
                continue;
            }
            counts++;
            int sum = c.models().stream().mapToInt(Drift.ModelLine::direction).sum();
            assertEquals(c.change(), sum, c.key() + " " + c.before() + " → " + c.after() + ": " + lines(c));
            assertFalse(c.models().isEmpty(), c.key().toString());
            c.models().forEach(m -> assertFalse(m.causes().isEmpty() || m.direction() == 0, c.key() + " " + m));
            // The values are the reports' own wherever the table has the cell.
            if (c.inBefore()) {
                assertEquals(before.value(c.key()), c.before(), c.key().toString());
            }
            if (c.inAfter()) {
                assertEquals(after.value(c.key()), c.after(), c.key().toString());
            }
        }
        // No cell of either report is missed: every count cell on both sides whose value differs is listed.
        long differing = after.evaluate().stream().filter(c -> CellKind.of(c.query()) == CellKind.COUNT
                && before.definition(c.key()) != null && !before.value(c.key()).equals(c.value())).count();
        assertEquals(differing, d.cells().stream().filter(c -> c.kind() == CellKind.COUNT && c.inBefore() && c.inAfter()).count());
        assertEquals(List.of(cells, countCells, modelLines), List.of(d.cells().size(), counts, d.modelLines()));
        assertEquals(d.modelLines() + d.cells().size() - counts, d.rows().size());
        d.rows().forEach(r -> assertEquals(Drift.HEADER.size(), r.size()));
    }

    /** The walk-through of docs/user-guide.md: China 2023 in Table 1 of the 2020-2023 edition. */
    @Test
    void explainsChina2023InTheFirstEdition() {
        Drift d = Drift.of(report(RealSnapshots.JULY_2024, "spri-2024"), report(RealSnapshots.MAY_2025, "spri-2024"));
        Drift.Cell china = cell(d, "T1", "중국", "2023");
        assertEquals(List.of(37.0, 46.0), List.of(china.before(), china.after()));
        assertEquals(List.of(
                "+1 YaYi 2.0 | added: not in A (published 2023-12-22)",
                "+1 BlueLM 70B | added: not in A (published 2023-11-02)",
                "+1 BlueLM 130B | added: not in A (published 2023-11-02)",
                "+1 BlueLM 175B | added: not in A (published 2023-11-02)",
                "+1 Yi 6B | added: not in A (published 2023-11-02)",
                "+1 Baichuan 2-7B | added: not in A (published 2023-09-20)",
                "+1 Hunyuan | added: not in A (published 2023-09-07)",
                "+1 Luca 2.0 | added: not in A (published 2023-08-29)",
                "+1 BaiLing | added: not in A (published 2023-07-15)",
                "+1 SenseChat (A: SenseNova) | country-changed: Country (of organization): Hong Kong → Hong Kong,China",
                "-1 DeepSeek Coder 33B | date-moved: Publication date: 2023-11-02 → 2024-01-25"), lines(china));
        Drift.Cell us = cell(d, "T1", "미국", "2023");
        assertEquals(List.of(
                "-1 GPT-4V | removed: not in B (published 2023-09-25)",
                "-1 IDEFICS-80B | removed: not in B (published 2023-08-22)"), lines(us));
        // A reason is given only when it moves the model by itself: DeepSeek Coder 33B also gained Peking
        // University (an academic co-developer), which keeps it an industry model but makes it a joint one.
        String deepSeek = "DeepSeek Coder 33B | date-moved: Publication date: 2023-11-02 → 2024-01-25";
        assertTrue(lines(cell(d, "T6", "산업계(Industry)", "2023")).contains("-1 " + deepSeek));
        assertTrue(lines(cell(d, "F4", "단독 개발", "계")).contains("-1 " + deepSeek
                + "; organization-changed: Organization: DeepSeek → DeepSeek,Peking University"));
        // A rank is not a count: listed with its values, no model lines.
        Drift.Cell rank = cell(d, "T1", "독일", "순위");
        assertEquals(CellKind.RANK, rank.kind());
        assertEquals(List.of(9.0, 6.0), List.of(rank.before(), rank.after()));
    }

    /** A summed domain group counts tags: a model with two of its tags enters twice, and the lines still add up. */
    @Test
    void aModelEntersASummedGroupOncePerTag() {
        Drift d = Drift.of(report(RealSnapshots.MAY_2025, "spri-2025"), report(RealSnapshots.FEB_2026, "spri-2025"));
        Drift.Cell vision = cell(d, "T3", "시각(Vision/Video/Image Generation)", "2021");
        assertEquals(List.of(1.0, 3.0), List.of(vision.before(), vision.after()));
        assertEquals(List.of("+2 Wu Dao 2.0 | added: not in A (published 2021-05-31)"), lines(vision));
    }

    @Test
    void comparesOneEditionOnly() {
        Report a = report(RealSnapshots.JULY_2024, "spri-2024");
        Report b = report(RealSnapshots.JULY_2024, "spri-2025");
        assertThrows(IllegalArgumentException.class, () -> Drift.of(a, b));
        assertTrue(Drift.of(a, a).cells().isEmpty());
    }
}
