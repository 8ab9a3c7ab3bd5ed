package org.modelcensus.functions.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.report.Reports;

/** The reasons a model enters or leaves a cell, each on a small pair of snapshots (2024 schema → 2025 schema). */
class DriftReasonsTest {
    @TempDir
    Path dir;
    Drift drift;

    @BeforeEach
    void driftTwoFixtures() {
        Path a = Fixtures.write(dir, "a.csv", Fixtures.HEADER_2024,
                "Alpha-1,Language,Chat,Acme Labs,2024-05-01,United States of America,Industry,https://x.org/a1,,2e24,",
                "Alpha-2,Language,Chat,Acme Labs,2024-06-01,United States of America,Industry,https://x.org/a2,,2e24,",
                "Alpha-3,Language,Chat,Acme Labs,2024-07-01,United States of America,Industry,https://x.org/a3,,2e24,",
                "Gaul-1,Language,Chat,Beta Inst,2023-02-01,France,Academia,https://x.org/g1,,2e24,",
                "Gaul-2,Language,Chat,Beta Inst,2023-03-01,,Academia,https://x.org/g2,,2e24,",
                "Late,Language,Chat,Acme Labs,2023-12-30,United States of America,Industry,https://x.org/late,,2e24,");
        Path b = Fixtures.write(dir, "b.csv", Fixtures.HEADER_2025,
                "Alpha-1,2024-05-01,Acme AI,United States of America,Language,Chat,Industry,https://x.org/a1,2e24,,",
                "Alpha-2,2024-06-01,Acme AI,United States of America,Language,Chat,Industry,https://x.org/a2,2e24,,",
                "Alpha-3,2024-07-01,Acme AI,United States of America,Language,Chat,Industry,https://x.org/a3,2e24,,",
                "Gaul-2,2023-03-01,Beta Inst,,Language,Chat,Academia,https://x.org/g2,2e24,,",
                "Small,2022-04-01,Acme AI,United States of America,Language,Chat,Industry,https://x.org/s,5e22,,",
                "Late,2024-01-02,Acme AI,United States of America,Language,Chat,Industry,https://x.org/late,2e24,,");
        Edition e = Edition.of("spri-2025");
        drift = Drift.of(Reports.build(NormalizedDataset.of(EpochCsv.read(a), e)),
                Reports.build(NormalizedDataset.of(EpochCsv.read(b), e)));
    }

    @Test
    void namesAnOrganisationRenameTheAliasFileLacks() {
        Drift.Cell acme = DriftRealSnapshotsTest.cell(drift, "T8", "Acme Labs", "모델 수");
        assertEquals(List.of(3.0, 0.0, true, false), List.of(acme.before(), acme.after(), acme.inBefore(), acme.inAfter()));
        assertEquals("-1 Alpha-1 | org-renamed: Organization: Acme Labs → Acme AI (Acme Labs is on no model of B, "
                + "Acme AI on no model of A)", DriftRealSnapshotsTest.lines(acme).get(0));
        assertEquals(-3, acme.models().stream().mapToInt(Drift.ModelLine::direction).sum());
        Drift.Cell ai = DriftRealSnapshotsTest.cell(drift, "T8", "Acme AI", "모델 수");
        assertEquals(List.of(0.0, 4.0, false, true), List.of(ai.before(), ai.after(), ai.inBefore(), ai.inAfter()));
        assertEquals("+1 Late | date-moved: Publication date: 2023-12-30 → 2024-01-02; org-renamed: Organization: "
                + "Acme Labs → Acme AI (Acme Labs is on no model of B, Acme AI on no model of A)",
                DriftRealSnapshotsTest.lines(ai).get(3));
    }

    @Test
    void tellsAModelBelowTheThresholdAndADateMovedOutOfAYear() {
        assertEquals(List.of("+1 Small | compute-crossed-threshold: Training compute (FLOP) in B: 5.0E22, below 1E23; not in A"),
                DriftRealSnapshotsTest.lines(DriftRealSnapshotsTest.cell(drift, "T1", "미국", "2022")));
        assertEquals(List.of("-1 Late | date-moved: Publication date: 2023-12-30 → 2024-01-02"),
                DriftRealSnapshotsTest.lines(DriftRealSnapshotsTest.cell(drift, "T1", "미국", "2023")));
    }

    @Test
    void tellsANormalizationThatMovedWithOtherModels() {
        // Gaul-2 has no country of its own: in A it takes France from Gaul-1, Beta Inst's sole model; B lacks Gaul-1.
        Drift.Cell france = DriftRealSnapshotsTest.cell(drift, "T1", "프랑스", "2023");
        assertEquals(List.of(
                "-1 Gaul-1 | removed: not in B (published 2023-02-01)",
                "-1 Gaul-2 | mapping-change: countries: 프랑스 → (blank) (Organization, Country (of organization) unchanged)"),
                DriftRealSnapshotsTest.lines(france));
    }
}
